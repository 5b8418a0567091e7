import { describe, expect, it } from 'vitest';
import { HALVES, WRAPPERS, readJsMessage, wordJsMessage } from './js-messages.ts';
import { catalogues } from '../../i18n/catalogues.ts';
import { Value } from '../../engine/value.ts';

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

  it('leaves a message it does not know as the browser wrote it, and says so (a rarer message)', () => {
    for (const other of ['URIError: URI malformed', "TypeError: can't redefine non-configurable property \"x\"", 'Uncaught RangeError: radix must be an integer at least 2 and no greater than 36']) {
      const message = other.replace(/^Uncaught /, '');
      expect(readJsMessage(other, es), other).toEqual({ text: other === message ? other : es.uncaught(message), listed: false, english: message });
    }
    // Safari's note of the code round a message it does not know: the whole message stays.
    expect(readJsMessage("TypeError: Symbol.keyFor requires that the first argument be a symbol (evaluating 'Symbol.keyFor(s)')", es).listed).toBe(false);
    expect(readJsMessage('ReferenceError: y is not defined', es)).toEqual({ text: 'ReferenceError: y no está definido', listed: true });
    // Firefox's and Safari's two halves are worded only if both are listed: else the whole message stays.
    for (const half of ['SyntaxError: expected meta, got \'x\'', 'SyntaxError: expected property name, got regular expression']) {
      expect(readJsMessage(half, es), half).toEqual({ text: half, listed: false, english: half });
    }
    for (const half of ["SyntaxError: Unexpected token ';'. Expected a ':' following the property name 'a'.", "SyntaxError: Unrecognized token '#'. Expected ')' to end an argument list."]) {
      expect(readJsMessage(half, es), half).toEqual({ text: half, listed: false, english: half });
    }
  });

  it('reads every entry back from its own English text, arguments in order', () => {
    for (const [key, entry] of Object.entries(en)) {
      if ([...WRAPPERS, ...HALVES].includes(key as keyof typeof en)) continue;
      const args = typeof entry === 'function' ? Array.from({ length: entry.length }, (_, i) => `arg${i}`) : [];
      const english = typeof entry === 'function' ? (entry as (...a: string[]) => string)(...args) : entry;
      const spanishEntry = (es as Record<string, unknown>)[key];
      const spanish = typeof spanishEntry === 'function' ? (spanishEntry as (...a: string[]) => string)(...args) : spanishEntry;
      expect(wordJsMessage(english, en), key).toBe(english);
      expect(wordJsMessage(english, es), key).toBe(spanish);
      for (const arg of args) expect(spanish, key).toContain(arg);
    }
  });

  it('words Firefox\'s (SpiderMonkey) and Safari\'s (JavaScriptCore) messages in Spanish, and leaves them be in English', () => {
    for (const [browser, spanish] of OTHER_BROWSERS) {
      expect(wordJsMessage(browser, es), browser).toBe(spanish);
      expect(readJsMessage(browser, en), browser).toEqual({ text: browser, listed: true });
    }
  });

  it('gives the same mistake the same Spanish sentence in every browser', () => {
    for (const forms of SAME_MISTAKE) {
      const spanish = forms.map((form) => wordJsMessage(form, es));
      expect(new Set(spanish).size, forms.join(' | ')).toBe(1);
      expect(spanish[0], forms[0]).not.toBe(forms[0]);
    }
  });
  it('words the engine\'s own error (a Value combined with a string) in Spanish, as the engine writes it', () => {
    let message = '';
    try { new Value(2).add('3' as unknown as number); } catch (error) { message = `${(error as Error).name}: ${(error as Error).message}`; }
    expect(message).toBe('TypeError: a Value can be combined with a number or another Value, not string');
    expect(readJsMessage(message, es)).toEqual({ text: 'TypeError: un Value solo se puede combinar con un número u otro Value, no con string', listed: true });
    expect(readJsMessage(message, en)).toEqual({ text: message, listed: true });
  });
  it('words the engine\'s error for a hand-made Value with the wrong number of local derivatives', () => {
    let message = '';
    try { new Value(1, [new Value(2), new Value(3)], [1]); } catch (error) { message = `${(error as Error).name}: ${(error as Error).message}`; }
    expect(message).toBe('TypeError: a Value made from 2 input(s) needs 2 local derivative(s), got 1');
    expect(readJsMessage(message, es)).toEqual({ text: 'TypeError: un Value hecho a partir de 2 entrada(s) necesita 2 derivada(s) local(es), y recibió 1', listed: true });
    expect(readJsMessage(message, en)).toEqual({ text: message, listed: true });
  });
});

/** Firefox's and Safari's messages, their words from SpiderMonkey's ErrorNumbers.msg and JavaScriptCore's sources. */
const OTHER_BROWSERS: [string, string][] = [
  // Firefox (SpiderMonkey)
  ['ReferenceError: undefinedThing is not defined', 'ReferenceError: undefinedThing no está definido'],
  ['TypeError: net.trian is not a function', 'TypeError: net.trian no es una función'],
  ['TypeError: can\'t access property "size", u is undefined', 'TypeError: No se puede acceder a la propiedad "size": u es undefined'],
  ['TypeError: can\'t access property "x", net.layers[3] is null', 'TypeError: No se puede acceder a la propiedad "x": net.layers[3] es null'],
  ['TypeError: can\'t access property "size" of undefined', 'TypeError: No se puede acceder a la propiedad "size" de undefined'],
  ['TypeError: u is undefined', 'TypeError: u es undefined'],
  ['TypeError: u is null', 'TypeError: u es null'],
  ['TypeError: u has no properties', 'TypeError: u no tiene propiedades'],
  ["TypeError: invalid assignment to const 'n'", "TypeError: Asignación a la variable constante 'n' (const)."],
  ['SyntaxError: redeclaration of let a', "SyntaxError: El identificador 'a' ya está declarado"],
  ['SyntaxError: redeclaration of const a', "SyntaxError: El identificador 'a' ya está declarado"],
  ['SyntaxError: redeclaration of formal parameter x', "SyntaxError: 'x' ya está declarado como parámetro"],
  ["SyntaxError: unexpected token: ';'", "SyntaxError: Símbolo inesperado: ';'"],
  ['SyntaxError: unexpected token: identifier', 'SyntaxError: Identificador inesperado'],
  ['SyntaxError: unexpected token: numeric literal', 'SyntaxError: Número inesperado'],
  ["SyntaxError: unexpected token: keyword 'let'", "SyntaxError: Palabra clave inesperada 'let'"],
  ['SyntaxError: unexpected token: template literal', 'SyntaxError: Símbolo inesperado: una plantilla de texto (`…`)'],
  ["SyntaxError: unexpected token: boolean literal 'true'", "SyntaxError: Símbolo inesperado: el valor lógico 'true'"],
  ['SyntaxError: expected expression, got regular expression literal', 'SyntaxError: Se esperaba una expresión, pero aparece una expresión regular'],
  ['SyntaxError: expected property name, got private identifier', 'SyntaxError: Se esperaba el nombre de una propiedad, pero aparece un identificador privado (#)'],
  ['SyntaxError: expected expression, got null literal', 'SyntaxError: Se esperaba una expresión, pero aparece null'],
  ["SyntaxError: expected expression, got keyword 'if'", "SyntaxError: Se esperaba una expresión, pero aparece la palabra clave 'if'"],
  ["SyntaxError: expected expression, got ';'", "SyntaxError: Se esperaba una expresión, pero aparece ';'"],
  ['SyntaxError: expected expression, got end of script', 'SyntaxError: Se esperaba una expresión, pero el código termina'],
  ['SyntaxError: expected expression, got identifier', 'SyntaxError: Se esperaba una expresión, pero aparece un identificador'],
  ['SyntaxError: expected expression, got numeric literal', 'SyntaxError: Se esperaba una expresión, pero aparece un número'],
  ['SyntaxError: missing } after function body', 'SyntaxError: Falta } al final del cuerpo de la función'],
  ['SyntaxError: missing } after property list', 'SyntaxError: Falta } después de la lista de propiedades'],
  ['SyntaxError: missing ] after element list', 'SyntaxError: Falta ] después de la lista de elementos'],
  ['SyntaxError: "" literal not terminated before end of script', 'SyntaxError: Falta cerrar "": el código termina antes'],
  ["SyntaxError: '' string literal contains an unescaped line break", "SyntaxError: Texto entre comillas '' con un salto de línea sin escapar"],
  ['SyntaxError: missing = in const declaration', 'SyntaxError: Falta el valor inicial en una declaración const'],
  ['SyntaxError: await is only valid in async functions and async generators', 'SyntaxError: await solo puede usarse dentro de funciones async'],
  ['SyntaxError: continue must be inside loop', 'SyntaxError: continue no permitido: no hay ningún bucle alrededor'],
  ['TypeError: x is not iterable', 'TypeError: x no es iterable'],
  ['InternalError: too much recursion', 'InternalError: Se superó el tamaño máximo de la pila de llamadas'],
  ['RangeError: invalid array length', 'RangeError: Longitud de lista no válida'],
  ["ReferenceError: can't access lexical declaration 'x2' before initialization", "ReferenceError: No se puede usar 'x2' antes de su inicialización"],
  ['ReferenceError: assignment to undeclared variable total', 'ReferenceError: Asignación a una variable no declarada: total'],
  ['TypeError: reduce of empty array with no initial value', 'TypeError: reduce de una lista vacía sin valor inicial'],
  ['Uncaught TypeError: f is not a function', 'Excepción no capturada: TypeError: f no es una función'],
  // Firefox's "expected …, got …" (its jit-tests' syntax-error-primary.js and MDN's "Unexpected token" page).
  ["SyntaxError: expected property name, got ';'", "SyntaxError: Se esperaba el nombre de una propiedad, pero aparece ';'"],
  ['SyntaxError: expected property name, got end of script', 'SyntaxError: Se esperaba el nombre de una propiedad, pero aparece el final del código'],
  ["SyntaxError: expected rest argument name, got ';'", "SyntaxError: Se esperaba un nombre después de ... (el parámetro resto), pero aparece ';'"],
  ["SyntaxError: expected closing parenthesis, got ';'", "SyntaxError: Se esperaba un paréntesis de cierre ), pero aparece ';'"],
  ["SyntaxError: expected '=>' after argument list, got '@'", "SyntaxError: Se esperaba '=>' después de la lista de argumentos, pero aparece '@'"],
  ['SyntaxError: expected closing parenthesis, got identifier', 'SyntaxError: Se esperaba un paréntesis de cierre ), pero aparece un identificador'],
  ['SyntaxError: expected property name, got numeric literal', 'SyntaxError: Se esperaba el nombre de una propiedad, pero aparece un número'],
  ['SyntaxError: expected property name, got string literal', 'SyntaxError: Se esperaba el nombre de una propiedad, pero aparece un texto entre comillas'],
  ["SyntaxError: expected property name, got keyword 'if'", "SyntaxError: Se esperaba el nombre de una propiedad, pero aparece la palabra clave 'if'"],
  // Safari (JavaScriptCore)
  ["ReferenceError: Can't find variable: undefinedThing", 'ReferenceError: undefinedThing no está definido'],
  ["TypeError: net.trian is not a function. (In 'net.trian()', 'net.trian' is undefined)", "TypeError: net.trian no es una función (en 'net.trian()', 'net.trian' es undefined)"],
  ["TypeError: o is not a function. (In 'o(1)', 'o' is an instance of Object)", "TypeError: o no es una función (en 'o(1)', 'o' es una instancia de Object)"],
  ["TypeError: undefined is not an object (evaluating 'u.size')", "TypeError: undefined no es un objeto (al evaluar 'u.size')"],
  ["TypeError: null is not an object (evaluating 'net.layers[3].x')", "TypeError: null no es un objeto (al evaluar 'net.layers[3].x')"],
  ["TypeError: undefined is not a function (near '...[a, b]...')", "TypeError: undefined no es una función (cerca de '...[a, b]...')"],
  ["TypeError: undefined is not a constructor (evaluating 'new Net()')", "TypeError: undefined no es un constructor (al evaluar 'new Net()')"],
  ['TypeError: Attempted to assign to readonly property.', 'TypeError: No se puede asignar un valor a algo de solo lectura (una constante o una propiedad de solo lectura).'],
  ["SyntaxError: Cannot declare a let variable twice: 'a'.", "SyntaxError: El identificador 'a' ya está declarado"],
  ["SyntaxError: Unexpected token ';'. const declared variable 'x' must have an initializer.", "SyntaxError: Símbolo inesperado ';': a la constante 'x' le falta el valor inicial."],
  ["SyntaxError: Unexpected token ';'", "SyntaxError: Símbolo inesperado ';'"],
  ['SyntaxError: Unexpected end of script', 'SyntaxError: El código termina de forma inesperada'],
  ["SyntaxError: Unexpected identifier 'b'", "SyntaxError: Identificador inesperado 'b'"],
  ['SyntaxError: Unexpected identifier', 'SyntaxError: Identificador inesperado'],
  ['TypeError: Array.from: no function', 'TypeError: Array.from necesita algo iterable: su Symbol.iterator no es una función'],
  ['TypeError: %Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function', 'TypeError: Array.from necesita algo iterable: items[Symbol.iterator], si existe, debe ser una función'],
  ['TypeError: Type error', 'TypeError: Error de tipo'],
  ["SyntaxError: 'break' is only valid inside a switch or loop statement.", 'SyntaxError: break no permitido: no hay ningún bucle ni switch alrededor'],
  ['RangeError: Maximum call stack size exceeded.', 'RangeError: Se superó el tamaño máximo de la pila de llamadas'],
  ['RangeError: Array size is not a small enough positive integer.', 'RangeError: Longitud de lista no válida'],
  ['ReferenceError: Cannot access uninitialized variable.', 'ReferenceError: No se puede usar una variable antes de su inicialización.'],
  ["ReferenceError: Strict mode forbids implicit creation of global property 'total'", "ReferenceError: El modo estricto no permite crear la variable global 'total' sin declararla"],
  // Safari's "Unexpected …. Expected …." (Parser.cpp: logError prints the unexpected token, ". ", the reason, ".").
  ["SyntaxError: Unexpected token ';'. Expected ')' to end an argument list.", "SyntaxError: Símbolo inesperado ';': se esperaba ')' para cerrar la lista de argumentos."],
  ["SyntaxError: Unexpected identifier 'b'. Expected '}' to end an object literal.", "SyntaxError: Identificador inesperado 'b': se esperaba '}' para cerrar el objeto."],
  ["SyntaxError: Unexpected number '2'. Expected ')' to end a compound expression.", "SyntaxError: Número inesperado '2': se esperaba ')' para cerrar la expresión entre paréntesis."],
  ['SyntaxError: Unexpected end of script. Expected \']\' to end a subscript expression.', "SyntaxError: El código termina de forma inesperada: se esperaba ']' para cerrar el índice entre corchetes."],
  ["SyntaxError: Unexpected keyword 'if'. Expected either a closing ']' or a ',' following an array element.", "SyntaxError: Palabra clave inesperada 'if': se esperaba ']' para cerrar la lista o ',' después del elemento."],
  ["SyntaxError: Unexpected token '.'. Expected a property name after '.'.", "SyntaxError: Símbolo inesperado '.': se esperaba el nombre de una propiedad después de '.'."],
  ['SyntaxError: Unexpected string literal "b". Expected \')\' to end an argument list.', 'SyntaxError: Texto entre comillas inesperado "b": se esperaba \')\' para cerrar la lista de argumentos.'],
];

/** One mistake as Chrome, Firefox and Safari word it (the message alone: Firefox names a stack overflow InternalError). */
const SAME_MISTAKE: string[][] = [
  ['x is not defined', "Can't find variable: x"],
  ["Identifier 'a' has already been declared", 'redeclaration of let a', "Cannot declare a let variable twice: 'a'."],
  ["Identifier 'a' has already been declared", 'redeclaration of const a', "Cannot declare a const variable twice: 'a'."],
  ['Maximum call stack size exceeded', 'too much recursion', 'Maximum call stack size exceeded.'],
  ['Invalid array length', 'invalid array length', 'Array size is not a small enough positive integer.'],
  ["Cannot access 'x' before initialization", "can't access lexical declaration 'x' before initialization"],
  ['Unexpected end of input', 'Unexpected end of script'],
  ['Unexpected number', 'unexpected token: numeric literal'],
  ['Illegal continue statement: no surrounding iteration statement', 'continue must be inside loop', "'continue' is only valid inside a loop statement."],
  ['Illegal break statement', 'unlabeled break must be inside loop or switch', "'break' is only valid inside a switch or loop statement."],
  ['Missing initializer in const declaration', 'missing = in const declaration'],
  ['Reduce of empty array with no initial value', 'reduce of empty array with no initial value'],
  ['Invalid left-hand side in assignment', 'invalid assignment left-hand side'],
];
