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

/** `workerUrl` may take a moment (see workerScript.ts): requests posted meanwhile wait for the worker. */
export function webLayoutWorker(workerUrl: Promise<string>): SpawnLayoutWorker {
  return (events) => {
    let worker: WebWorker | undefined;
    let terminated = false;
    const queued: LayoutRequest[] = [];
    // A web worker that fails to load or throws is gone for good: report it as stopped so the next layout starts a new one.
    const stopped = (message: string) => { events.error(new Error(message)); events.exit(1); };
    workerUrl.then((url) => {
      if (terminated) return;
      worker = new Worker(url);
      worker.onmessage = (event) => events.message(event.data);
      worker.onerror = (event) => stopped(event.message ?? 'layout worker failed');
      for (const request of queued.splice(0)) worker.postMessage(request);
    }, (error: unknown) => stopped(`layout worker did not start: ${error instanceof Error ? error.message : String(error)}`));
    return {
      postMessage: (request) => { if (worker) worker.postMessage(request); else queued.push(request); },
      terminate: () => { terminated = true; worker?.terminate(); },
    };
  };
}
