// Imported first by the layout web worker: elk.bundled.js, loaded in a web worker (no `document`), takes itself for ELK's own
// worker script and claims `self.onmessage` instead of exporting its in-thread engine. A `document` while it loads keeps
// it in-thread, as in node and in a page; layoutWorkerWeb.ts removes it once the first ELK is made (that loads the engine).
const scope = globalThis as { document?: unknown };
scope.document ??= {};

export function elkLoaded(): void {
  delete scope.document;
}
