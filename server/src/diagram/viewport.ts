// Laying out for a panel: the flow's direction from the panel's shape, and an overview when the picture would not be readable.
import type { Direction } from './elkGraph';
import type { DiagramLayout } from './layout';
import { measureNode } from './measure';
import type { Diagram } from './model';

export interface Viewport { width: number; height: number }

/** The direction a user may choose; `auto` follows the panel. */
export type DirectionSetting = Direction | 'auto';
export const DIRECTION_SETTINGS: readonly DirectionSetting[] = ['auto', 'right', 'down'];

/** A panel at least this much wider than tall gets a left-to-right picture; a squarer or taller one a top-down one. */
const WIDE_PANEL = 1.3;
/** Below this zoom a picture that fits its panel is no longer readable (text of 13 px drawn at under 8 px). */
export const READABLE_ZOOM = 0.6;
/**
 * Layered pictures of real designs take about five times the area of their boxes (measured on the examples: chat 5.6×,
 * the URL shortener 4.8×); at three times, a design is too big for its panel without laying it out first.
 */
const AREA_FACTOR = 3;
const GAP = { across: 24, along: 36 };

export function directionFor(setting: DirectionSetting, viewport?: Viewport): Direction {
  if (setting !== 'auto') return setting;
  if (!viewport) return 'right';
  return viewport.width / viewport.height >= WIDE_PANEL ? 'right' : 'down';
}

/** The side panel a picture is judged in (issue 20): roughly square, as VS Code's editor beside the text is. */
export const SIDE_PANEL: Viewport = { width: 960, height: 1000 };

/** The scale at which the whole picture just fits the panel: above 1 when the picture is smaller than the panel. */
export function fitScale(layout: Pick<DiagramLayout, 'width' | 'height'>, viewport: Viewport): number {
  return Math.min(viewport.width / Math.max(1, layout.width), viewport.height / Math.max(1, layout.height));
}

/** The zoom a fit-to-panel shows (1 at most: a small picture is drawn at its size). */
export function fitZoom(layout: Pick<DiagramLayout, 'width' | 'height'>, viewport: Viewport): number {
  return Math.min(1, fitScale(layout, viewport));
}

/** Groups at the top level: what an overview collapses. */
export function outermostGroups(diagram: Diagram): string[] {
  return diagram.groups.filter((g) => !g.parent).map((g) => g.id);
}

/** True when even a tightly packed picture would need a zoom under READABLE_ZOOM: no need to lay it out to know. */
export function clearlyTooBig(diagram: Diagram, viewport: Viewport): boolean {
  let area = 0;
  for (const node of diagram.nodes) {
    const { width, height } = measureNode(node);
    area += (width + GAP.across) * (height + GAP.along);
  }
  return area * AREA_FACTOR > (viewport.width / READABLE_ZOOM) * (viewport.height / READABLE_ZOOM);
}
