// The layout worker thread: runs ELK and the SVG renderer off the extension host's main thread.
import { parentPort } from 'node:worker_threads';
import { renderDiagram, svgSize, type RenderOptions } from '../../../server/src/diagram/index';
import type { Diagram } from '../../../server/src/diagram/model';

export interface LayoutRequest {
  id: number;
  diagram: Diagram;
  options: RenderOptions;
}

export type LayoutReply = { id: number; svg: string; width: number; height: number } | { id: number; error: string };

parentPort?.on('message', (request: LayoutRequest) => {
  renderDiagram(request.diagram, request.options).then(
    ({ svg }) => parentPort?.postMessage({ id: request.id, svg, ...svgSize(svg) } satisfies LayoutReply),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies LayoutReply),
  );
});
