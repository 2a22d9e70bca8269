// The browser's layout worker: a web worker beside the web extension host running dist/web/layoutWorker.js.
import type { SpawnLayoutWorker } from './layoutClient';
import type { LayoutReply, LayoutRequest } from './layoutJob';

/** What the web extension host's Worker offers (the project's type-check has no DOM library: only what is used here). */
interface WebWorker {
  postMessage(message: LayoutRequest): void;
  terminate(): void;
  onmessage: ((event: { data: LayoutReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}
declare const Worker: new (url: string) => WebWorker;

export function webLayoutWorker(workerUrl: string): SpawnLayoutWorker {
  return (events) => {
    const worker = new Worker(workerUrl);
    worker.onmessage = (event) => events.message(event.data);
    // A web worker that fails to load or throws is gone for good: report it as stopped so the next layout starts a new one.
    worker.onerror = (event) => { events.error(new Error(event.message ?? 'layout worker failed')); events.exit(1); };
    return { postMessage: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
  };
}
