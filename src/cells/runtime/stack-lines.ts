// Where in a cell's code an error happened, read from the error's stack. The reader's code runs as a function
// made by the Function constructor (cell.worker.ts), and each browser names such code its own way in a stack
// frame: V8 (Chrome) "    at eval (eval at run (https://…/cell.worker.js:1:2), <anonymous>:5:9)", SpiderMonkey
// (Firefox) "anonymous@https://…/cell.worker.js line 1 > Function:5:9" (an inner function "anonymous/<@…").
// JavaScriptCore (Safari) gives no line for such code, so there a message has no line. Pure: text in, numbers out.

/** A frame's line in code made by the Function constructor: V8's `<anonymous>:line:col`, SpiderMonkey's `> Function:line:col`. */
const FRAME = /(?:<anonymous>|> Function):(\d+):\d+/g;

/** The lines (in the made function's text) of the stack's frames in such code, top frame first. */
export const stackLines = (stack: string): number[] => [...stack.matchAll(FRAME)].map((m) => Number(m[1]));
