// Benchmarks of the diagram: ELK layout and SVG time per example and for large designs, and layout stability when a component is added.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inProcessElk, renderSvg } from '../server/src/diagram/index';
import { layoutDiagram } from '../server/src/diagram/layout';
import { diagramOf } from '../server/src/diagram/model';
import { addOneComponent, NAIVE_OPTIONS } from '../server/src/diagram/stabilityCase';
import { modelOfText } from '../server/src/language/model';
import { syntheticDesign } from './core.bench';
import { isSmoke, measureAsync, measure, type Row } from './measure';

const EXAMPLES = ['url-shortener', 'chat-system', 'news-feed', 'ride-hailing'];

function exampleText(name: string): string {
  return readFileSync(new URL(`../examples/${name}.sysd`, import.meta.url), 'utf8');
}

export async function run(): Promise<Row[]> {
  const rows: Row[] = [];
  const elk = inProcessElk();
  const examples = isSmoke() ? EXAMPLES.slice(0, 1) : EXAMPLES;
  for (const name of examples) {
    const diagram = diagramOf(modelOfText(exampleText(name)));
    const size = `${diagram.nodes.length} nodes, ${diagram.groups.length} groups, ${diagram.edges.length} edges`;
    rows.push({ ...(await measureAsync(`layout ${name}`, () => layoutDiagram(diagram, elk), 7)), note: size });
    const layout = await layoutDiagram(diagram, elk);
    rows.push(measure(`svg ${name}`, () => renderSvg(diagram, layout), 20));
  }
  for (const tiers of isSmoke() ? [] : [10, 25, 50]) {
    const diagram = diagramOf(modelOfText(syntheticDesign(tiers)));
    const row = await measureAsync(`layout synthetic ${tiers} tiers`, () => layoutDiagram(diagram, elk), 3);
    rows.push({ ...row, note: `${diagram.nodes.length} nodes, ${diagram.groups.length} groups, ${diagram.edges.length} edges` });
  }
  for (const name of examples) {
    for (const direction of isSmoke() ? ['right' as const] : ['right', 'down'] as const) {
      const start = process.hrtime.bigint();
      const stable = await addOneComponent(exampleText(name), elk, direction);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const figures = (m: typeof stable) => `${m.moved}/${m.compared} moved >10px, mean ${m.mean.toFixed(0)} px, max ${m.max.toFixed(0)} px, order kept ${(m.orderKept * 100).toFixed(1)}%`;
      // Smoke mode skips the comparison with naive ELK options: two more layouts that only the full run reports.
      const naive = isSmoke() ? undefined : await addOneComponent(exampleText(name), elk, direction, NAIVE_OPTIONS);
      rows.push({ name: `stability +1 ${name} ${direction}`, runs: 1, medianMs: ms, p90Ms: ms, note: `${figures(stable)}${naive ? ` (naive ELK: ${figures(naive)})` : ''}` });
    }
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await run();
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'benchmark'.padEnd(width)} ${'median ms'.padStart(10)} ${'p90 ms'.padStart(9)}  note`);
  for (const row of rows) console.log(`${row.name.padEnd(width)} ${row.medianMs.toFixed(1).padStart(10)} ${row.p90Ms.toFixed(1).padStart(9)}  ${row.note ?? ''}`);
}
