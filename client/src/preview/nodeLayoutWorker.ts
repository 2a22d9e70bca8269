// The desktop's layout worker: a worker_thread of the extension host running the web layout worker (dist/web/layoutWorker.js).
// One bundle for both platforms: ELK is 1.5 MB, and a second copy for node took the .vsix past its 2 MB budget.
import { Worker } from 'node:worker_threads';
import type { SpawnLayoutWorker } from './layoutClient';
import type { LayoutReply } from './layoutJob';

/**
 * What the web worker's script expects of its global scope (`self.addEventListener('message')`, `self.postMessage`),
 * on top of the thread's parentPort; then the script itself.
 */
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = {
  addEventListener: (type, listener) => { if (type === 'message') parentPort.on('message', (data) => listener({ data })); },
  postMessage: (message) => parentPort.postMessage(message),
};
require(workerData.script);
`;

export function nodeLayoutWorker(scriptPath: string): SpawnLayoutWorker {
  return (events) => {
    const worker = new Worker(BOOT, { eval: true, workerData: { script: scriptPath } });
    worker.on('message', (reply: LayoutReply) => events.message(reply));
    worker.on('error', (error) => events.error(error));
    worker.on('exit', (code) => events.exit(code));
    return { postMessage: (request) => worker.postMessage(request), terminate: () => void worker.terminate() };
  };
}
