import { describe, expect, it } from 'vitest';
import { wordJsMessage } from './js-messages.ts';
import { catalogues } from '../../i18n/catalogues.ts';

const en = catalogues.en.jsErrors;
const es = catalogues.es.jsErrors;

/** Messages as V8 (Node 24, the same engine as Chromium) and sucrase write them, from real code. */
const BROWSER_MESSAGES: [string, string][] = [
  ['Unexpected token, expected ","', 'Símbolo inesperado; se esperaba ","'],
  ['Unexpected token', 'Símbolo inesperado'],
  ['Unterminated string constant', 'Texto entre comillas sin cerrar'],
  ["Unexpected token ';'", "Símbolo inesperado ';'"],
  ["Unexpected identifier 'b'", "Identificador inesperado 'b'"],
  ['Unexpected end of input', 'El código termina de forma inesperada'],
  ['Invalid or unexpected token', 'Símbolo no válido o inesperado'],
  ['missing ) after argument list', 'Falta ) después de la lista de argumentos'],
  ["Identifier 'a' has already been declared", "El identificador 'a' ya está declarado"],
  ['ReferenceError: undefinedThing is not defined', 'ReferenceError: undefinedThing no está definido'],
  ["TypeError: Cannot read properties of undefined (reading 'x')", "TypeError: No se pueden leer propiedades de undefined (al leer 'x')"],
  ['TypeError: net.trian is not a function', 'TypeError: net.trian no es una función'],
  ['TypeError: Assignment to constant variable.', 'TypeError: Asignación a una variable constante (const).'],
  ["ReferenceError: Cannot access 'x2' before initialization", "ReferenceError: No se puede usar 'x2' antes de su inicialización"],
  ['TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))', 'TypeError: undefined no es iterable (no se puede leer la propiedad Symbol(Symbol.iterator))'],
  ['TypeError: 5 is not iterable', 'TypeError: 5 no es iterable'],
  ["TypeError: Cannot destructure property 'a' of 'undefined' as it is undefined.", "TypeError: No se puede desestructurar la propiedad 'a' de 'undefined' porque es undefined."],
  ['Uncaught ReferenceError: y is not defined', 'Excepción no capturada: ReferenceError: y no está definido'],
];

describe('JavaScript\'s error messages in the page\'s words', () => {
  it('words the browser\'s and the stripper\'s messages in Spanish, keeping names, tokens and values', () => {
    for (const [browser, spanish] of BROWSER_MESSAGES) expect(wordJsMessage(browser, es)).toBe(spanish);
  });

  it('leaves every message unchanged on an English page, listed or not', () => {
    for (const [browser] of BROWSER_MESSAGES) expect(wordJsMessage(browser, en)).toBe(browser);
    expect(wordJsMessage('Error: The loss "x" does not exist.', en)).toBe('Error: The loss "x" does not exist.');
  });

  it('leaves a message it does not know as the browser wrote it (another browser, a rarer message)', () => {
    for (const other of ["TypeError: can't access property \"x\", u is undefined", "ReferenceError: Can't find variable: x", 'URIError: URI malformed']) {
      expect(wordJsMessage(other, es)).toBe(other);
    }
  });

  it('reads every entry back from its own English text, arguments in order', () => {
    for (const [key, entry] of Object.entries(en)) {
      if (key === 'uncaught') continue;
      const args = typeof entry === 'function' ? Array.from({ length: entry.length }, (_, i) => `arg${i}`) : [];
      const english = typeof entry === 'function' ? (entry as (...a: string[]) => string)(...args) : entry;
      const spanishEntry = (es as Record<string, unknown>)[key];
      const spanish = typeof spanishEntry === 'function' ? (spanishEntry as (...a: string[]) => string)(...args) : spanishEntry;
      expect(wordJsMessage(english, en), key).toBe(english);
      expect(wordJsMessage(english, es), key).toBe(spanish);
      for (const arg of args) expect(spanish, key).toContain(arg);
    }
  });
});
