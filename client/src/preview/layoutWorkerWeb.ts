// The layout web worker (dist/web/layoutWorker.js): the browser's counterpart of layoutWorker.ts, same messages.
import { elkLoaded } from './elkInWebWorker';
import { inProcessElk } from '../../../server/src/diagram/index';
import { answerLayout, type LayoutReply, type LayoutRequest } from './layoutJob';

/** The worker's global scope (the project's type-check has no DOM library: only what is used here). */
declare const self: {
  addEventListener(type: 'message', listener: (event: { data: LayoutRequest }) => void): void;
  postMessage(reply: LayoutReply): void;
};

// elkjs loads its engine when the first ELK is made: make it while the stand-in `document` is there.
inProcessElk();
elkLoaded();

self.addEventListener('message', (event) => {
  void answerLayout(event.data).then((reply) => self.postMessage(reply));
});
