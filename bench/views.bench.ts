// Benchmark of switching the preview to a view: a view of 50 components of a 1,000-component design, request and layout.
import { analyze } from '../server/src/language/analysis';
import { diagramOfAnalysis, diagramOfSelection } from '../server/src/diagram/ofAnalysis';
import { inProcessElk, LayoutCache, renderDiagram } from '../server/src/diagram/index';
import type { Diagram } from '../server/src/diagram/model';
import { generateDesign } from './generator';
import { isSmoke, summarize, type Row } from './measure';

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The design with a view of its first `size` components: a few domains with their groups and connections. */
function designWithView(components: number, size: number): string {
  const text = generateDesign(components);
  const ids = [...text.matchAll(/^\s*(?:client|cdn|gateway|service|worker|database|cache|queue|topic|function|storage|search) ([a-z][\w-]*)/gm)].map((m) => m[1]);
  const chosen = ids.slice(0, size);
  if (chosen.length < size) throw new Error(`the generated design has only ${chosen.length} components to view`);
  return `${text}\nview slice "Slice" { include: [${chosen.join(', ')}] }\n`;
}

export async function run(): Promise<Row[]> {
  const [components, size] = isSmoke() ? [200, 20] : [1000, 50];
  const uri = 'file:///bench/views.sysd';
  const text = designWithView(components, size);
  const analysis = analyze(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_f, p) => p });
  // The preview showed the whole design first: the server has its diagram (per analysis) already.
  diagramOfAnalysis(analysis);
  const elk = inProcessElk();
  const times: number[] = [];
  let shown = 0;
  const runs = isSmoke() ? 1 : 9;
  for (let i = 0; i < runs + 2; i++) {
    // A fresh cache each time: the switch lays the view out, as the first switch to it does.
    const cache = new LayoutCache();
    const start = now();
    const view = diagramOfSelection(analysis, { view: 'slice' });
    if (!view) throw new Error('the view is missing');
    const received = structuredClone(JSON.parse(JSON.stringify(view)) as Diagram);
    await renderDiagram(received, { direction: 'right', theme: 'none' }, elk, cache);
    if (i >= 2) times.push(now() - start);
    shown = received.nodes.length;
  }
  return [summarize(`switch to a view of ${size} of ${components} components`, times, {
    metric: 'views.switch', note: `${shown} components drawn; view cut + JSON trip + layout + SVG (target ≤ 300 ms)`,
  })];
}
