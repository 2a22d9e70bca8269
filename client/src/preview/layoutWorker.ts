// The layout worker thread: runs ELK and the SVG renderer off the extension host's main thread, re-using unchanged layouts.
import { parentPort } from 'node:worker_threads';
import { answerLayout, type LayoutRequest } from './layoutJob';

export type { LayoutReply, LayoutRequest } from './layoutJob';

parentPort?.on('message', (request: LayoutRequest) => {
  void answerLayout(request).then((reply) => parentPort?.postMessage(reply));
});
