import { describe, expect, it } from 'vitest';
import { stackLines } from './stack-lines.ts';

// Stacks as the browsers write them for code made by the Function constructor inside a module Worker.
const WORKER = 'https://nn101.example/_astro/cell.worker-CbE3x1aQ.js';

describe('the lines of a cell\'s code in an error\'s stack', () => {
  it('reads V8\'s frames (Chrome): "at f (eval at run (url:line:col), <anonymous>:line:col)"', () => {
    const stack = [
      'TypeError: Cannot read properties of undefined (reading \'size\')',
      `    at area (eval at run (${WORKER}:1:20544), <anonymous>:7:16)`,
      `    at eval (eval at run (${WORKER}:1:20544), <anonymous>:9:13)`,
      `    at eval (eval at run (${WORKER}:1:20544), <anonymous>:11:3)`,
      `    at run (${WORKER}:1:21012)`,
    ].join('\n');
    expect(stackLines(stack)).toEqual([7, 9, 11]);
  });

  it('reads SpiderMonkey\'s frames (Firefox): "fn@url line N > Function:line:col"', () => {
    const stack = [
      `area@${WORKER} line 1 > Function:7:16`,
      `anonymous/<@${WORKER} line 1 > Function:9:13`,
      `anonymous@${WORKER} line 1 > Function:11:3`,
      `run@${WORKER}:1:21012`,
      `async*onmessage@${WORKER}:1:22410`,
      '',
    ].join('\n');
    expect(stackLines(stack)).toEqual([7, 9, 11]);
  });

  it('finds none in the Worker\'s own frames, nor in JavaScriptCore\'s (Safari), which gives such code no line', () => {
    expect(stackLines(`run@${WORKER}:1:21012\nonmessage@${WORKER}:1:22410`)).toEqual([]);
    expect(stackLines(`area@\nanonymous@\nrun@${WORKER}:1:21012`)).toEqual([]);
    expect(stackLines('')).toEqual([]);
  });
});
