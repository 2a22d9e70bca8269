// One layout request answered: ELK and the SVG renderer, re-using unchanged layouts (shared by the node and the web worker).
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

export function answerLayout(request: LayoutRequest): Promise<LayoutReply> {
  return renderDiagram(request.diagram, request.options, undefined, cache).then(
    ({ svg, reused, direction, collapsed, overview }) => ({ id: request.id, svg, ...svgSize(svg), layoutReused: reused, direction, collapsed, overview }),
    (error: unknown) => ({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
}
