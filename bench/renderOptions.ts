// The render options the benchmarks lay pictures out with: a direction, or the preview's side panel.
import type { RenderOptions } from '../server/src/diagram/index';
import { SIDE_PANEL } from '../server/src/diagram/viewport';

/** One way of laying a picture out that the quality figures are reported for. */
export interface LayoutConfig { name: string; options: RenderOptions }

export const DIRECTION_CONFIGS: LayoutConfig[] = [
  { name: 'right', options: { direction: 'right', theme: 'none' } },
  { name: 'down', options: { direction: 'down', theme: 'none' } },
];

/** The preview in a 960×1000 side panel: the direction left to the layout (auto). */
export const VIEWPORT_CONFIG: LayoutConfig = { name: 'viewport 960×1000', options: { theme: 'none', direction: 'auto', viewport: SIDE_PANEL } };
