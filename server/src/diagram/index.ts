// The diagram pipeline, pure and shared by the preview and the CLI: model → diagram → ELK graph → layout → SVG.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Diagnostic } from '../language/diagnostics';
import type { DesignModel } from '../language/model';
import type { Direction } from './elkGraph';
import { layoutDiagram, type DiagramLayout, type ElkEngine } from './layout';
import type { LayoutCache } from './layoutCache';
import { diagramOf, type Diagram } from './model';
import { renderSvg } from './svg';
import type { ThemeName } from './themes';

export type { Diagram, DiagramLayout, Direction, ElkEngine, ThemeName };
export { diagramOf } from './model';
export { renderSvg, escapeXml, svgSize } from './svg';
export { layoutDiagram } from './layout';
export { elkGraphOf } from './elkGraph';
export { LayoutCache, layoutSignature } from './layoutCache';

let inProcess: ElkEngine | undefined;

/** elkjs in this thread (CLI, tests, and inside the preview's layout worker). */
export function inProcessElk(): ElkEngine {
  inProcess ??= new ELK();
  return inProcess;
}

export interface RenderOptions {
  direction?: Direction;
  theme?: ThemeName | 'none';
  /** See SvgOptions: the live preview's empty state points at the snippets. */
  startHint?: boolean;
}

export interface RenderedDiagram {
  svg: string;
  layout: DiagramLayout;
  /** The layout came from `cache`: the structure and sizes were those of an earlier render, so ELK did not run. */
  reused: boolean;
}

/**
 * Lays out and draws a diagram model (what the preview's worker runs). With a cache, an edit that keeps the graph's
 * structure and sizes (a property, a finding, a label that fits the same box) only redraws the SVG.
 */
export async function renderDiagram(diagram: Diagram, options: RenderOptions = {}, engine: ElkEngine = inProcessElk(), cache?: LayoutCache): Promise<RenderedDiagram> {
  const direction = options.direction ?? 'right';
  const { layout, reused } = cache ? await cache.layout(diagram, engine, direction) : { layout: await layoutDiagram(diagram, engine, direction), reused: false };
  return { svg: renderSvg(diagram, layout, { theme: options.theme ?? 'light', startHint: options.startHint }), layout, reused };
}

/** The SVG of a resolved design with its findings as badges: the same picture the preview shows. */
export async function renderDesignSvg(
  model: DesignModel,
  findings: Diagnostic[],
  options?: { direction?: 'right' | 'down'; theme?: 'light' | 'dark' | 'high-contrast' },
): Promise<string> {
  return (await renderDiagram(diagramOf(model, findings), { direction: options?.direction, theme: options?.theme ?? 'light' })).svg;
}
