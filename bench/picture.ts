// Picture quality of one rendered design (issue 20, item 7): crossings, area, aspect, fit zoom, length, bends, overlaps.
import { renderDiagram, svgSize, type Diagram, type DiagramLayout, type RenderOptions } from '../server/src/diagram/index';
import { LayoutCache } from '../server/src/diagram/layoutCache';
import { measureGroup } from '../server/src/diagram/measure';
import { overlapsOf, qualityOf, type Overlaps } from '../server/src/diagram/quality';
import { fitScale, fitZoom, SIDE_PANEL } from '../server/src/diagram/viewport';
import { flowOf, layerOrderKept, movement, type Flow } from '../server/src/diagram/stability';

export interface PictureFigures {
  /** The drawn SVG's size (the layout plus the title line): what a fit-to-panel scales. */
  width: number;
  height: number;
  crossings: number;
  /** width × height in px². */
  area: number;
  /** width / height: a side panel is about 1 (960 / 1000). */
  aspect: number;
  /** Fit zoom in the 960×1000 panel, capped at 1 as a fit-to-panel is, and uncapped. */
  fitZoom: number;
  fitZoomUncapped: number;
  edgeLength: number;
  bends: number;
  overlaps: Overlaps;
  /** The direction the picture flows in (the one asked for, or read from the edges when the layout chose). */
  flow: Flow;
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export interface Rendered { svg: string; layout: DiagramLayout; ms: number }

/** renderDiagram with the bench's options passed through (viewport, collapsed groups) and timed. */
export async function render(diagram: Diagram, options: RenderOptions, cache?: LayoutCache): Promise<Rendered> {
  const start = now();
  const { svg, layout } = await renderDiagram(diagram, options, undefined, cache);
  return { svg, layout, ms: now() - start };
}

function flowFor(diagram: Diagram, layout: DiagramLayout, options: RenderOptions): Flow {
  return options.direction && options.direction !== 'auto' && !options.viewport ? options.direction : flowOf(layout, diagram.edges);
}

export function pictureFigures(diagram: Diagram, { svg, layout }: Rendered, options: RenderOptions): PictureFigures {
  const { width, height } = svgSize(svg);
  const q = qualityOf(layout);
  const size = { width, height };
  const titleStrip = diagram.groups[0] ? measureGroup(diagram.groups[0]).padding.top : undefined;
  return {
    width, height, crossings: q.crossings, area: width * height, aspect: width / height,
    fitZoom: fitZoom(size, SIDE_PANEL), fitZoomUncapped: fitScale(size, SIDE_PANEL), edgeLength: q.edgeLength, bends: q.bends,
    overlaps: overlapsOf(layout, diagram, titleStrip), flow: flowFor(diagram, layout, options),
  };
}

export interface EditStability {
  edit: string;
  /** Every other node kept its order within its layer and group. */
  orderKept: boolean;
  /** Share of same-layer pairs that kept their order. */
  pairShare: number;
  /** Mean displacement of the other nodes, common shift taken out (stability.ts). */
  meanMovePx: number;
}

/**
 * One edit as the preview sees it: the design drawn, then the edited design drawn with the same layout cache (so a
 * layout that starts from the previous picture gets to), compared node by node.
 */
export async function editStability(name: string, before: Diagram, after: Diagram, options: RenderOptions): Promise<EditStability> {
  const cache = new LayoutCache();
  const was = await render(before, options, cache);
  const is = await render(after, options, cache);
  const order = layerOrderKept(was.layout, is.layout, before, flowFor(before, was.layout, options));
  return { edit: name, orderKept: order.allKept, pairShare: order.share, meanMovePx: movement(was.layout, is.layout).mean };
}
