// JavaScript's own error messages as the browsers write them (V8 in Chrome and Edge, SpiderMonkey in
// Firefox, JavaScriptCore in Safari) and as the TypeScript stripper (sucrase, src/cells/runtime/prepare-code.ts)
// writes them, for a code cell's status line and late errors. The English entries are those programs' exact
// words (SpiderMonkey's from js/public/friend/ErrorNumbers.msg, JavaScriptCore's from runtime/ExceptionHelpers.cpp
// and parser/Parser.cpp): src/cells/runtime/js-messages.ts reads a message against them (each argument is the
// part that varies: a name, a token, a value as JavaScript writes it) and words it with the page's entry, so
// an English page shows the message exactly as the browser wrote it. A form two engines share is listed once
// (V8's). A message not listed here stays as the browser wrote it, on every page. Order matters: the first
// entry that matches wins, so a longer form comes before a shorter one it contains.
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

  // What Firefox (SpiderMonkey) says where its words differ from V8's: code it cannot read...
  // (A token is ';' as written, or its kind: identifier, numeric literal, string literal, keyword 'if', end of script.)
  unexpectedIdentifierKind: 'unexpected token: identifier',
  unexpectedNumberKind: 'unexpected token: numeric literal',
  unexpectedStringKind: 'unexpected token: string literal',
  unexpectedKeyword: (keyword: string) => `unexpected token: keyword '${keyword}'`,
  /** Firefox's "unexpected token: {0}" for the other tokens; `token` is already worded (one of the got… halves below). */
  unexpectedTokenAfterColon: (token: string) => `unexpected token: ${token}`,
  expectedExpressionAtEnd: 'expected expression, got end of script',
  expectedExpressionKeyword: (keyword: string) => `expected expression, got keyword '${keyword}'`,
  // A token as written, quoted; its kind (identifier, numeric literal, …) is read as `expectedGot`, so that it is worded too.
  expectedExpression: (token: string) => `expected expression, got '${token}'`,
  missingBraceAfterBody: 'missing } after function body',
  missingBraceAfterProperties: 'missing } after property list',
  missingBracketAfterElements: 'missing ] after element list',
  missingBraceInBlock: 'missing } in compound statement',
  missingParenthesisAfterCondition: 'missing ) after condition',
  missingParenthesisAfterParameters: 'missing ) after formal parameters',
  missingParenthesisInParenthetical: 'missing ) in parenthetical',
  literalNotClosed: (quotes: string) => `${quotes} literal not terminated before end of script`,
  stringLineBreak: (quotes: string) => `${quotes} string literal contains an unescaped line break`,
  unterminatedCommentLower: 'unterminated comment',
  unterminatedRegExpLiteral: 'unterminated regular expression literal',
  missingConstValue: 'missing = in const declaration',
  redeclaredLet: (name: string) => `redeclaration of let ${name}`,
  redeclaredConst: (name: string) => `redeclaration of const ${name}`,
  redeclaredVar: (name: string) => `redeclaration of var ${name}`,
  redeclaredParameter: (name: string) => `redeclaration of formal parameter ${name}`,
  awaitOutsideAsyncOrModule: 'await is only valid in async functions, async generators and modules',
  awaitOutsideAsyncFunction: 'await is only valid in async functions and async generators',
  continueOutsideLoop: 'continue must be inside loop',
  breakOutsideLoop: 'unlabeled break must be inside loop or switch',
  labelNotFound: 'label not found',
  invalidAssignmentLeftSide: 'invalid assignment left-hand side',
  functionStatementNeedsName: 'function statement requires a name',
  // Firefox's "expected …, got …" (JSMSG_UNEXPECTED_TOKEN, "expected {0}, got {1}") for what it expected
  // where no whole entry above lists it (an expression, when it met a kind of token): each half is read on its own (see `expectedGot`)...
  expectedPropertyNameHalf: 'property name',
  expectedRestNameHalf: 'rest argument name',
  expectedClosingParenthesisHalf: 'closing parenthesis',
  expectedArrowHalf: "'=>' after argument list",
  expectedExpressionHalf: 'expression',
  // ... and what it met instead (TokenKindToDesc: a token as written, quoted, or its kind).
  gotToken: (token: string) => `'${token}'`,
  gotEnd: 'end of script',
  gotIdentifier: 'identifier',
  gotNumber: 'numeric literal',
  gotString: 'string literal',
  gotKeyword: (keyword: string) => `keyword '${keyword}'`,
  gotPrivateName: 'private identifier',
  gotBigInt: 'bigint literal',
  gotTemplate: 'template literal',
  gotRegExp: 'regular expression literal',
  gotBoolean: (value: string) => `boolean literal '${value}'`,
  gotNull: 'null literal',
  /** Firefox's "expected property name, got ';'"; `expected` and `got` are already worded (each listed above). */
  expectedGot: (expected: string, got: string) => `expected ${expected}, got ${got}`,
  // ... and code that fails.
  propertyOfNamed: (property: string, expression: string, value: string) => `can't access property ${property}, ${expression} is ${value}`,
  propertyOf: (property: string, value: string) => `can't access property ${property} of ${value}`,
  noProperties: (what: string) => `${what} has no properties`,
  constAssignmentNamed: (name: string) => `invalid assignment to const '${name}'`,
  lexicalBeforeInitialization: (name: string) => `can't access lexical declaration '${name}' before initialization`,
  undeclaredAssignment: (name: string) => `assignment to undeclared variable ${name}`,
  tooMuchRecursion: 'too much recursion',
  invalidArrayLengthLower: 'invalid array length',
  reduceOfEmptyLower: 'reduce of empty array with no initial value',
  classNeedsNew: "class constructors must be invoked with 'new'",
  readOnly: (what: string) => `${what} is read-only`,
  cannotDefineProperty: (property: string, object: string) => `can't define property ${property}: ${object} is not extensible`,
  precisionOutOfRange: (precision: string) => `precision ${precision} out of range`,
  negativeRepeatCount: 'repeat count must be non-negative',
  bigIntToNumber: "can't convert BigInt to number",
  // (After the forms above that end the same way.)
  isUndefined: (what: string) => `${what} is undefined`,
  isNull: (what: string) => `${what} is null`,

  // What Safari (JavaScriptCore) says where its words differ from V8's and Firefox's.
  cantFindVariable: (name: string) => `Can't find variable: ${name}`,
  notFunctionInstance: (callee: string, code: string, kind: string) => `${callee} is not a function. (In '${code}', '${callee}' is an instance of ${kind})`,
  notFunctionIn: (callee: string, code: string, value: string) => `${callee} is not a function. (In '${code}', '${callee}' is ${value})`,
  notObject: (value: string) => `${value} is not an object`,
  readOnlyAssignment: 'Attempted to assign to readonly property.',
  uninitializedVariable: 'Cannot access uninitialized variable.',
  letTwice: (name: string) => `Cannot declare a let variable twice: '${name}'.`,
  constTwice: (name: string) => `Cannot declare a const variable twice: '${name}'.`,
  constWithoutValue: (token: string, name: string) => `Unexpected token '${token}'. const declared variable '${name}' must have an initializer.`,
  unexpectedEndOfScript: 'Unexpected end of script',
  // An identifier where none fits: Safari's words for an \`await\` outside an async function (MDN, Bad_await).
  unexpectedIdentifierBare: 'Unexpected identifier',
  // Array.from on a value whose Symbol.iterator is not a function (MDN, is_not_iterable; the first is V8's too).
  arrayFromIterator: '%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function',
  arrayFromNoFunction: 'Array.from: no function',
  typeErrorBare: 'Type error',
  continueOutsideLoopStatement: "'continue' is only valid inside a loop statement.",
  breakOutsideLoopStatement: "'break' is only valid inside a switch or loop statement.",
  callStackDot: 'Maximum call stack size exceeded.',
  arraySize: 'Array size is not a small enough positive integer.',
  implicitGlobal: (name: string) => `Strict mode forbids implicit creation of global property '${name}'`,
  // Safari's "Unexpected …" messages (its parser's printUnexpectedTokenText) where they differ from V8's...
  unexpectedKeywordQuoted: (keyword: string) => `Unexpected keyword '${keyword}'`,
  unexpectedNumberQuoted: (number: string) => `Unexpected number '${number}'`,
  unexpectedStringLiteral: (literal: string) => `Unexpected string literal ${literal}`,
  // ... and what it expected instead, which follows one (see `unexpectedThenExpected`; Parser.cpp's
  // handleProductionOrFail and matchOrFail).
  expectedEndArgumentList: "Expected ')' to end an argument list",
  expectedEndObjectLiteral: "Expected '}' to end an object literal",
  expectedEndCompoundExpression: "Expected ')' to end a compound expression",
  expectedEndSubscript: "Expected ']' to end a subscript expression",
  expectedArrayElementEnd: "Expected either a closing ']' or a ',' following an array element",
  expectedPropertyNameAfter: (dot: string) => `Expected a property name after ${dot}`,
  /**
   * Safari's syntax error naming what it met and what it expected ("Unexpected token ','. Expected ')' to end
   * an argument list."); `unexpected` and `expected` are already worded (each must be listed above).
   */
  unexpectedThenExpected: (unexpected: string, expected: string) => `${unexpected}. ${expected}.`,
  /** Safari's note of the code it was running, after a message; `message` is already worded. */
  evaluating: (message: string, code: string) => `${message} (evaluating '${code}')`,
  /** Safari's note of the code near the mistake, after a message; `message` is already worded. */
  near: (message: string, code: string) => `${message} (near '...${code}...')`,

  // What the course's own engine says when code combines a Value with something else (src/engine/value.ts,
  // which knows no language: its English words are read here like a browser's, in a cell's Worker).
  valueCombination: (kind: string) => `a Value can be combined with a number or another Value, not ${kind}`,
  /** `new Value(data, inputs, localGrads)` with one local derivative too few or too many (`count` is inputs.length). */
  valueLocalGrads: (count: string, got: string) => `a Value made from ${count} input(s) needs ${count} local derivative(s), got ${got}`,

  /** An error nobody caught, as the browser reports it ("Uncaught TypeError: …"); `error` is already worded. */
  uncaught: (error: string) => `Uncaught ${error}`,
};
