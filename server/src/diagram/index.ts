// The diagram pipeline, pure and shared by the preview and the CLI: model → diagram → ELK graph → layout → SVG.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Diagnostic } from '../language/diagnostics';
import type { DesignModel } from '../language/model';
import { collapseGroups } from './collapse';
import type { Direction } from './elkGraph';
import { layoutDiagram, type DiagramLayout, type ElkEngine } from './layout';
import type { LayoutCache } from './layoutCache';
import { diagramOf, type Diagram } from './model';
import { renderSvg, svgSize } from './svg';
import type { ThemeName } from './themes';
import { clearlyTooBig, directionFor, fitZoom, outermostGroups, READABLE_ZOOM, type DirectionSetting, type Viewport } from './viewport';

export type { Diagram, DiagramLayout, Direction, DirectionSetting, ElkEngine, ThemeName, Viewport };
export { collapseGroups } from './collapse';
export { DIRECTION_SETTINGS, fitZoom, outermostGroups, READABLE_ZOOM } from './viewport';
export { diagramOf } from './model';
export { viewDiagram, type ViewOfDiagram } from './viewDiagram';
export { flowDiagram, type FlowOfDiagram } from './flowDiagram';
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
  /** `auto` (with a viewport) follows the panel's shape; without a viewport it is `right`. */
  direction?: DirectionSetting;
  theme?: ThemeName | 'none';
  /** The panel the picture is laid out for (the preview's, or `sysd render --viewport`). */
  viewport?: Viewport;
  /**
   * The groups to draw collapsed. Left out, a picture laid out for a viewport that would not be readable in it
   * (fit zoom under READABLE_ZOOM) opens as an overview: its outermost groups collapsed.
   */
  collapsed?: readonly string[];
  /** See SvgOptions: the live preview's empty state points at the snippets. */
  startHint?: boolean;
}

export interface RenderedDiagram {
  svg: string;
  layout: DiagramLayout;
  /** The layout came from `cache`: the structure and sizes were those of an earlier render, so ELK did not run. */
  reused: boolean;
  /** The direction the picture flows in. */
  direction: Direction;
  /** The groups drawn collapsed. */
  collapsed: string[];
  /** The outermost groups were collapsed because the whole design would not be readable in the viewport. */
  overview: boolean;
}

/** The aspect packed blocks aim for: the panel's, in quarter steps so resizing a panel a little keeps the layout. */
const aspectOf = (viewport: Viewport | undefined) => (viewport ? Math.max(0.25, Math.round((viewport.width / viewport.height) * 4) / 4) : undefined);

/**
 * Lays out and draws a diagram model (what the preview's worker runs). With a cache, an edit that keeps the graph's
 * structure and sizes (a property, a finding, a label that fits the same box) only redraws the SVG.
 */
export async function renderDiagram(diagram: Diagram, options: RenderOptions = {}, engine: ElkEngine = inProcessElk(), cache?: LayoutCache): Promise<RenderedDiagram> {
  const { viewport } = options;
  const direction = directionFor(diagram.direction ?? options.direction ?? 'right', viewport);
  const graph = { aspect: aspectOf(viewport) };
  const draw = async (collapsed: readonly string[], overview: boolean): Promise<RenderedDiagram> => {
    const shown = collapseGroups(diagram, collapsed);
    const { layout, reused } = cache ? await cache.layout(shown, engine, direction, undefined, graph) : { layout: await layoutDiagram(shown, engine, direction, undefined, graph), reused: false };
    const svg = renderSvg(shown, layout, { theme: options.theme ?? 'light', startHint: options.startHint });
    return { svg, layout, reused, direction, collapsed: shown.groups.filter((g) => g.collapsed).map((g) => g.id), overview };
  };
  const outermost = outermostGroups(diagram);
  if (options.collapsed || !viewport || outermost.length === 0) return draw(options.collapsed ?? [], false);
  if (clearlyTooBig(diagram, viewport)) return draw(outermost, true);
  const whole = await draw([], false);
  // Judged by the drawing the panel fits (the layout and the title line above it).
  return fitZoom(svgSize(whole.svg), viewport) >= READABLE_ZOOM ? whole : draw(outermost, true);
}

/** The SVG of a resolved design with its findings as badges: the same picture the preview shows. */
export async function renderDesignSvg(
  model: DesignModel,
  findings: Diagnostic[],
  options?: { direction?: DirectionSetting; theme?: 'light' | 'dark' | 'high-contrast'; viewport?: Viewport },
): Promise<string> {
  return (await renderDiagram(diagramOf(model, findings), { ...options, theme: options?.theme ?? 'light' })).svg;
}
