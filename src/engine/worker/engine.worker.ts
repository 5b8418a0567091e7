// The engine Web Worker: heavy training and grid evaluation run here, off the page's main thread.
// Start it with createEngineWorker() (client.ts); the protocol is in protocol.ts.
import { createEngineHost } from './host.ts';
import type { Request } from './protocol.ts';

// The engine is not fetched here at start: the client's first message ('init') brings the page's compiled
// module, or says to load it (host.ts).
const host = createEngineHost();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};
// Requests are handled one at a time, in order, so a train slice and a grid see a consistent network.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue.then(async () => {
    const { response, transfer } = await host.handle(event.data);
    scope.postMessage(response, transfer);
  });
};
