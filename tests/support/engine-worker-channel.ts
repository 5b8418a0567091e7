// The engine Worker in Node: the page's client (worker/client.ts) over a real MessageChannel (structured
// clone, transfers) to the host that runs inside the Worker (worker/host.ts), so a unit test exercises
// the whole protocol without a browser. `terminate` closes both ports as well.
import { MessageChannel } from 'node:worker_threads';
import { createEngineWorker, type EngineWorker, type WorkerLike } from '../../src/engine/worker/client.ts';
import { createEngineHost } from '../../src/engine/worker/host.ts';
import type { Request } from '../../src/engine/worker/protocol.ts';

export function connectEngineWorker(): EngineWorker {
  const { port1, port2 } = new MessageChannel();
  const host = createEngineHost();
  port2.on('message', async (request: Request) => {
    const { response, transfer } = await host.handle(request);
    port2.postMessage(response, transfer as never);
  });
  port1.start();
  const engine = createEngineWorker(port1 as unknown as WorkerLike);
  const terminate = engine.terminate;
  return { ...engine, terminate: () => { terminate(); port1.close(); port2.close(); } };
}
