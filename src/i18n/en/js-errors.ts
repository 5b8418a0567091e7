// JavaScript's own error messages as the browser (V8, in Chromium) and the TypeScript stripper (sucrase,
// src/cells/runtime/prepare-code.ts) write them, for a code cell's status line and late errors. The English
// entries are those programs' exact words: src/cells/runtime/js-messages.ts reads a message against them
// (each argument is the part that varies: a name, a token, a value as JavaScript writes it) and words it
// with the page's entry, so an English page shows the message exactly as the browser wrote it. A message
// not listed here stays as the browser wrote it, on every page. Order matters: the first entry that
// matches wins, so a longer form comes before a shorter one it contains.
export const jsErrors = {
  // What sucrase says when it cannot read the code (it reads it first, on the page).
  unexpectedTokenExpected: (expected: string) => `Unexpected token, expected "${expected}"`,
  unexpectedTokenBare: 'Unexpected token',
  unexpectedlyReachedEnd: 'Unexpectedly reached the end of input.',
  unterminatedString: 'Unterminated string constant',
  unterminatedTemplate: 'Unterminated template',
  unterminatedRegExp: 'Unterminated regular expression',
  unterminatedComment: 'Unterminated comment',
  unexpectedCharacter: (character: string) => `Unexpected character '${character}'`,

  // What V8 says of code it cannot read (what sucrase lets through).
  unexpectedToken: (token: string) => `Unexpected token '${token}'`,
  unexpectedIdentifier: (name: string) => `Unexpected identifier '${name}'`,
  unexpectedEnd: 'Unexpected end of input',
  unexpectedNumber: 'Unexpected number',
  unexpectedString: 'Unexpected string',
  invalidToken: 'Invalid or unexpected token',
  missingParenthesis: 'missing ) after argument list',
  missingInitializer: 'Missing initializer in const declaration',
  alreadyDeclared: (name: string) => `Identifier '${name}' has already been declared`,
  awaitOutsideAsync: 'await is only valid in async functions and the top level bodies of modules',
  invalidAssignmentTarget: 'Invalid left-hand side in assignment',
  strictReservedWord: 'Unexpected strict mode reserved word',
  strictEvalOrArguments: 'Unexpected eval or arguments in strict mode',
  functionNeedsName: 'Function statements require a function name',
  illegalContinue: 'Illegal continue statement: no surrounding iteration statement',
  illegalBreak: 'Illegal break statement',
  undefinedLabel: (label: string) => `Undefined label '${label}'`,
  regExpMissingSlash: 'Invalid regular expression: missing /',

  // What V8 says when running code fails.
  notDefined: (name: string) => `${name} is not defined`,
  beforeInitialization: (name: string) => `Cannot access '${name}' before initialization`,
  readProperty: (value: string, property: string) => `Cannot read properties of ${value} (reading '${property}')`,
  setProperty: (value: string, property: string) => `Cannot set properties of ${value} (setting '${property}')`,
  notFunction: (what: string) => `${what} is not a function`,
  notConstructor: (what: string) => `${what} is not a constructor`,
  notIterableSymbol: (what: string) => `${what} is not iterable (cannot read property Symbol(Symbol.iterator))`,
  notIterable: (what: string) => `${what} is not iterable`,
  spreadNotIterable: 'Spread syntax requires ...iterable[Symbol.iterator] to be a function',
  constantAssignment: 'Assignment to constant variable.',
  invalidArrayLength: 'Invalid array length',
  invalidTypedArrayLength: (length: string) => `Invalid typed array length: ${length}`,
  nullToObject: 'Cannot convert undefined or null to object',
  destructure: (property: string, source: string, value: string) => `Cannot destructure property '${property}' of '${source}' as it is ${value}.`,
  reduceOfEmpty: 'Reduce of empty array with no initial value',
  mixBigInt: 'Cannot mix BigInt and other types, use explicit conversions',
  toFixedDigits: 'toFixed() digits argument must be between 0 and 100',
  invalidCount: (count: string) => `Invalid count value: ${count}`,
  classWithoutNew: (name: string) => `Class constructor ${name} cannot be invoked without 'new'`,
  readOnlyProperty: (property: string, object: string) => `Cannot assign to read only property '${property}' of object '${object}'`,
  notExtensible: (property: string) => `Cannot add property ${property}, object is not extensible`,
  callStack: 'Maximum call stack size exceeded',

  /** An error nobody caught, as the browser reports it ("Uncaught TypeError: …"); `error` is already worded. */
  uncaught: (error: string) => `Uncaught ${error}`,
};
