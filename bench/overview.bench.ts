// The 1,000-component preview (issue 20, item 3): diagram model → SVG as the preview opens it in a side panel (an
import type { RenderOptions } from '../server/src/diagram/index';
// overview: the outermost groups collapsed), then expanding one of them.
import { LayoutCache } from '../server/src/diagram/layoutCache';
import { outermostGroups, SIDE_PANEL } from '../server/src/diagram/viewport';
import { diagramOfText } from './designs';
import { generateDesign } from './generator';
import { isSmoke, summarize, type Row, type RunOptions } from './measure';
import { render, type Rendered } from './picture';

/** Issue 20's goals: the overview opens in at most 1.5 s, expanding one group takes at most 300 ms. */
const GOALS = { overview: 1500, expand: 300 };

const gc = () => (globalThis as { gc?: () => void }).gc?.();

export async function run(options: RunOptions = {}): Promise<Row[]> {
  const smoke = options.smoke ?? isSmoke();
  const n = smoke ? 50 : 1000;
  const diagram = diagramOfText(generateDesign(n));
  const outermost = outermostGroups(diagram);
  // What the preview asks for when it opens: the panel, no choice of groups yet (so the layout decides on an overview).
  const overview: RenderOptions = { direction: 'auto', theme: 'none', viewport: SIDE_PANEL };
  // A click on a group of the overview opens one level (its own groups come up collapsed, client/src/preview/
  // collapseState.ts); opening the whole group at once is timed too.
  const inner = diagram.groups.filter((g) => g.parent === outermost[0]).map((g) => g.id);
  const expandOne: RenderOptions = { ...overview, collapsed: [...outermost.slice(1), ...inner] };
  const expandWhole: RenderOptions = { ...overview, collapsed: outermost.slice(1) };
  const overviewMs: number[] = [];
  const expandMs: number[] = [];
  const wholeMs: number[] = [];
  let drawn: Rendered | undefined;
  let collapses = false;
  for (let round = 0; round < (smoke ? 1 : 3); round++) {
    // A fresh cache per round: the preview opening the design; expanding then finds the overview in the cache.
    const cache = new LayoutCache();
    gc();
    drawn = await render(diagram, overview, cache);
    overviewMs.push(drawn.ms);
    collapses = Object.keys(drawn.layout.nodes).length < diagram.nodes.length;
    // A design that fits whole opens without an overview: nothing to expand.
    if (!collapses) continue;
    gc();
    expandMs.push((await render(diagram, expandOne, cache)).ms);
    gc();
    wholeMs.push((await render(diagram, expandWhole, cache)).ms);
  }
  const boxes = drawn ? Object.keys(drawn.layout.nodes).length + Object.keys(drawn.layout.groups).length : 0;
  const size = `${n} components, ${outermost.length} outermost group${outermost.length === 1 ? '' : 's'}`;
  const rows = [summarize(`overview, ${size} (diagram model → SVG)`, overviewMs, {
    metric: `overview.${n}`,
    note: `${collapses ? `${boxes} boxes drawn` : `no overview: the full layout of all ${n} components`}; goal ≤ ${GOALS.overview} ms`,
  })];
  if (collapses) {
    rows.push(summarize(`expand one group of the overview (one level, as a click does), ${n} components`, expandMs, { metric: `overview.expand.${n}`, note: `goal ≤ ${GOALS.expand} ms` }));
    rows.push(summarize(`expand one group of the overview with everything inside it, ${n} components`, wholeMs, { metric: `overview.expandWhole.${n}` }));
  }
  return rows;
}
