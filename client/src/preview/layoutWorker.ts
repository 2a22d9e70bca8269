// The layout worker thread: runs ELK and the SVG renderer off the extension host's main thread, re-using unchanged layouts.
import { parentPort } from 'node:worker_threads';
import { LayoutCache, renderDiagram, svgSize, type RenderOptions } from '../../../server/src/diagram/index';
import type { Diagram } from '../../../server/src/diagram/model';

export interface LayoutRequest {
  id: number;
  diagram: Diagram;
  options: RenderOptions;
}

export type LayoutReply =
  | { id: number; svg: string; width: number; height: number; layoutReused: boolean; direction: 'right' | 'down'; collapsed: string[]; overview: boolean }
  | { id: number; error: string };

/** One cache for the worker's life: typing a property value or fixing a finding redraws without laying out again. */
const cache = new LayoutCache();

parentPort?.on('message', (request: LayoutRequest) => {
  renderDiagram(request.diagram, request.options, undefined, cache).then(
    ({ svg, reused, direction, collapsed, overview }) => parentPort?.postMessage({ id: request.id, svg, ...svgSize(svg), layoutReused: reused, direction, collapsed, overview } satisfies LayoutReply),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies LayoutReply),
  );
});
