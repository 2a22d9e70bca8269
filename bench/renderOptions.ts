// The render options the benchmarks pass to renderDiagram, with the fields issue 20 adds passed through untouched.
import type { RenderOptions } from '../server/src/diagram/index';

export interface Viewport { width: number; height: number }

/**
 * RenderOptions plus what the layout of issue 20 will read: the panel to lay out for, and the groups drawn collapsed.
 * renderDiagram ignores fields it does not know, so the bench measures them as soon as the layout honours them.
 */
export type BenchRenderOptions = RenderOptions & { viewport?: Viewport; collapsed?: string[] };

/** One way of laying a picture out that the quality figures are reported for. */
export interface LayoutConfig { name: string; options: BenchRenderOptions }

export const SIDE_PANEL_VIEWPORT: Viewport = { width: 960, height: 1000 };

export const DIRECTION_CONFIGS: LayoutConfig[] = [
  { name: 'right', options: { direction: 'right', theme: 'none' } },
  { name: 'down', options: { direction: 'down', theme: 'none' } },
];

/** The preview in a 960×1000 side panel: the direction left to the layout (auto). */
export const VIEWPORT_CONFIG: LayoutConfig = { name: 'viewport 960×1000', options: { theme: 'none', viewport: SIDE_PANEL_VIEWPORT } };
