// The desktop's layout worker: a worker_thread of the extension host running dist/client/layoutWorker.cjs.
import { Worker } from 'node:worker_threads';
import type { SpawnLayoutWorker } from './layoutClient';
import type { LayoutReply } from './layoutJob';

export function nodeLayoutWorker(workerPath: string): SpawnLayoutWorker {
  return (events) => {
    const worker = new Worker(workerPath);
    worker.on('message', (reply: LayoutReply) => events.message(reply));
    worker.on('error', (error) => events.error(error));
    worker.on('exit', (code) => events.exit(code));
    return { postMessage: (request) => worker.postMessage(request), terminate: () => void worker.terminate() };
  };
}
