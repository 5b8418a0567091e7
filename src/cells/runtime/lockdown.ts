// What a cell's code cannot reach, enforced inside its Worker before the code runs. A dedicated Worker
// already has no DOM, no document, no cookies and no localStorage; what it does have, and a reader's code
// must not use, is removed here:
// - the network: fetch, XMLHttpRequest, WebSocket(Stream), EventSource, WebTransport, importScripts, nested
//   Workers (which could fetch); dynamic import() is refused earlier, by prepare-code.ts;
// - the site's storage shared with other pages and cells: indexedDB, caches (the offline copy of the
//   course), navigator.storage (origin-private files), BroadcastChannel (talks to the site's other pages);
// - code from strings, which would get around both checks: eval, Function, the constructors reachable from
//   any function (`(async () => {}).constructor`), and setTimeout/setInterval with a string;
// - postMessage and close, so the code cannot forge the runtime's messages to the page or kill its Worker.
// Each name is deleted wherever it lives on the global's prototype chain and then defined as undefined,
// not writable, not configurable. Limits: a page's Worker always shares the site's origin, so this is a
// guard against mistakes and casual misuse by the code a reader pastes, not a boundary against a
// determined attacker with a browser bug; the README ("Code cells: safety") says so.
import { PageEvalError } from './native-error.ts';

const REMOVED = [
  'fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'EventSource', 'WebTransport', 'importScripts',
  'Worker', 'SharedWorker', 'indexedDB', 'caches', 'BroadcastChannel', 'Notification', 'cookieStore',
  'webkitRequestFileSystem', 'webkitRequestFileSystemSync', 'webkitResolveLocalFileSystemURL',
  'webkitResolveLocalFileSystemSyncURL', 'eval', 'Function', 'postMessage', 'close',
] as const;

const NAVIGATOR_REMOVED = ['storage', 'locks', 'serviceWorker', 'usb', 'serial', 'hid', 'bluetooth'] as const;

function remove(target: object, name: string): void {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d?.configurable) delete (o as Record<string, unknown>)[name];
  }
  try {
    Object.defineProperty(target, name, { value: undefined, writable: false, configurable: false, enumerable: false });
  } catch {
    // A non-configurable property we could not delete: leave it (none of the names above is one in Chromium,
    // Firefox or Safari; the browser test checks each is gone).
  }
}

const ENGLISH_REFUSAL = (what: string) => `A cell cannot run code from a string (${what}); write the code in the cell instead.`;

/**
 * Removes the network, shared storage and string evaluation from this Worker. Call once, before user code.
 * `refusal` words the EvalError a refused eval, Function or string timer throws (the Worker gives the page's words).
 */
export function lockDown(scope: typeof globalThis = globalThis, refusal: (what: string) => string = ENGLISH_REFUSAL): void {
  const refuse = (what: string): never => { throw new PageEvalError(refusal(what)); };
  const blockedFunction = function Function() { return refuse('Function'); };
  // Every function's .constructor leads to a Function constructor; replace each on its prototype.
  for (const sample of [function () {}, async function () {}, function* () {}, async function* () {}]) {
    const proto = Object.getPrototypeOf(sample) as object;
    Object.defineProperty(proto, 'constructor', { value: blockedFunction, writable: false, configurable: false });
  }
  const nativeSetTimeout = scope.setTimeout.bind(scope);
  const nativeSetInterval = scope.setInterval.bind(scope);
  const onlyFunctions = (name: string, native: typeof setTimeout) =>
    ((handler: unknown, ms?: number, ...args: unknown[]) => {
      if (typeof handler !== 'function') refuse(`${name} with a string`);
      return native(handler as () => void, ms, ...args);
    }) as typeof setTimeout;
  for (const name of REMOVED) remove(scope, name);
  Object.defineProperty(scope, 'setTimeout', { value: onlyFunctions('setTimeout', nativeSetTimeout), writable: false, configurable: false });
  Object.defineProperty(scope, 'setInterval', { value: onlyFunctions('setInterval', nativeSetInterval as typeof setTimeout), writable: false, configurable: false });
  const nav = (scope as { navigator?: object }).navigator;
  if (nav) for (const name of NAVIGATOR_REMOVED) remove(nav, name);
}
