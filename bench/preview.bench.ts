// Benchmarks of the live preview: model change → laid-out SVG for structure-changing and structure-preserving edits, and ELK option variants with their quality cost.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../server/src/language/diagnostics';
import { analyze } from '../server/src/language/analysis';
import { modelOfText } from '../server/src/language/model';
import type { OptionOverrides } from '../server/src/diagram/elkGraph';
import { inProcessElk, LayoutCache, renderDiagram, renderSvg, svgSize } from '../server/src/diagram/index';
import { layoutDiagram } from '../server/src/diagram/layout';
import { diagramOf, type Diagram } from '../server/src/diagram/model';
import { qualityOf } from '../server/src/diagram/quality';
import { addOneComponent } from '../server/src/diagram/stabilityCase';
import { generateDesign } from './generator';
import { isSmoke, median, summarize, type Row, type RunOptions } from './measure';

/** One design state after an edit, analysed ahead (the server's check is the stage benchmark's business). */
interface Edited { model: ReturnType<typeof modelOfText>; findings: Diagnostic[] }

function analysed(text: string): Edited {
  const uri = 'file:///bench/preview.sysd';
  const analysis = analyze(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_f, p) => p });
  return { model: analysis.model, findings: [...analysis.model.diagnostics, ...analysis.findings] };
}

/**
 * The edits a user makes while the preview is open, each a different text so no two runs see the same design.
 * Structure-preserving: a property value (a badge's number) or a component's label of the same width.
 * Structure-changing: one more connection, or one more component with its connection.
 */
function edits(text: string, count: number): Record<'property' | 'label' | 'connection' | 'component', string[]> {
  const runs = Array.from({ length: count }, (_, i) => i);
  const core = /service core(\d+) "Core service \d+" \{ instances: (\d+)/.exec(text);
  if (!core) throw new Error('the generated design has no core service to edit');
  const [decl, domain] = core;
  return {
    property: runs.map((i) => text.replace(decl, decl.replace(/instances: \d+/, `instances: ${2 + (i % 7)}`))),
    label: runs.map((i) => text.replace(`"Core service ${domain}"`, `"Core service ${(Number(domain) + 1 + i) % 10}"`)),
    // Nine different new connections (a repeat would find its layout in the cache and not be a structure change).
    connection: runs.map((i) => `${text}api${i % 3} -> ${['idx', 'db', 'blobs'][Math.floor(i / 3) % 3]}${(i + 1) % 3} : "call ${i}"\n`),
    component: runs.map((i) => `${text}service added${i} "Added ${i}" { instances: 2 }\napi0 -> added${i}\n`),
  };
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * What the preview does after the server has checked an edit: the diagram model, its trip to the extension host
 * (JSON over the LSP pipe) and to the layout worker (a structured clone), layout or re-use, and the SVG.
 */
async function previewRedraw(edited: Edited, cache: LayoutCache): Promise<{ svg: string; reused: boolean }> {
  const diagram = diagramOf(edited.model, edited.findings);
  const received = structuredClone(JSON.parse(JSON.stringify(diagram)) as Diagram);
  const { svg, reused } = await renderDiagram(received, { direction: 'right', theme: 'none' }, inProcessElk(), cache);
  svgSize(svg);
  return { svg, reused };
}

async function timeEdits(name: string, base: Edited, states: Edited[], metric: string, warmups: number): Promise<Row> {
  const cache = new LayoutCache();
  // The preview has drawn the design before the edit: the cache holds its layout.
  await previewRedraw(base, cache);
  // Warm-up on a cache of its own: structure-changing states must still be new to `cache` when they are timed.
  const warm = new LayoutCache();
  for (let i = 0; i < warmups; i++) await previewRedraw(states[i % states.length], warm);
  const times: number[] = [];
  const cpu: number[] = [];
  let reused = 0;
  for (const state of states) {
    await previewRedraw(base, cache);
    const cpuStart = process.cpuUsage();
    const start = now();
    const result = await previewRedraw(state, cache);
    times.push(now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    if (result.reused) reused++;
  }
  return summarize(name, times, { metric, note: `CPU median ${median(cpu).toFixed(1)} ms; layout re-used ${reused}/${states.length}` });
}

/** ELK option variants, as overrides of the shipped options (elkGraph.ts), compared on time, crossings and area. */
const VARIANTS: Array<[string, OptionOverrides]> = [
  ['shipped options', {}],
  ['before tuning (thoroughness 7 at every size)', { 'elk.layered.thoroughness': '7' }],
  ['thoroughness 1', { 'elk.layered.thoroughness': '1' }],
  ['thoroughness 3', { 'elk.layered.thoroughness': '3' }],
  ['network-simplex node placement', { 'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX' }],
  ['simple node placement', { 'elk.layered.nodePlacement.strategy': 'SIMPLE' }],
  ['B&K one alignment (left-up)', { 'elk.layered.nodePlacement.bk.fixedAlignment': 'LEFTUP' }],
  ['post-compaction (edge length)', { 'elk.layered.compaction.postCompaction.strategy': 'EDGE_LENGTH' }],
];

const EXAMPLES = ['url-shortener', 'chat-system', 'news-feed', 'ride-hailing'];

/** Adding one component to each example, both directions: how far the others move (lower is steadier). */
async function stabilityOf(overrides: OptionOverrides): Promise<string> {
  const moves = [];
  for (const name of EXAMPLES) {
    const text = readFileSync(new URL(`../examples/${name}.sysd`, import.meta.url), 'utf8');
    for (const direction of ['right', 'down'] as const) moves.push(await addOneComponent(text, inProcessElk(), direction, overrides));
  }
  const mean = moves.reduce((s, m) => s + m.mean, 0) / moves.length;
  const kept = moves.reduce((s, m) => s + m.orderKept, 0) / moves.length;
  return `stability +1: mean ${mean.toFixed(1)} px, order kept ${(kept * 100).toFixed(1)}%`;
}

/** Adding one component to the generated design itself (large designs use other options than the examples). */
async function stabilityOfLarge(text: string, overrides: OptionOverrides): Promise<string> {
  const m = await addOneComponent(text, inProcessElk(), 'right', overrides);
  return `stability +1 on this design: mean ${m.mean.toFixed(1)} px, order kept ${(m.orderKept * 100).toFixed(1)}%`;
}

async function variantRows(n: number, text: string, diagram: Diagram, runs: number, smoke: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const times = new Map<string, number[]>();
  const quality = new Map<string, string>();
  // Round-robin over the variants, so a burst of load on the shared machine does not favour one of them.
  // Smoke mode keeps the path working with the first two variants and one timed round.
  const variants = smoke ? VARIANTS.slice(0, 2) : VARIANTS;
  for (let round = 0; round <= runs; round++) {
    for (const [name, overrides] of variants) {
      const cpuStart = process.cpuUsage();
      const layout = await layoutDiagram(diagram, inProcessElk(), 'right', overrides);
      renderSvg(diagram, layout, { theme: 'none' });
      const used = process.cpuUsage(cpuStart);
      // Round 0 warms the JIT up for every variant alike.
      if (round > 0) times.set(name, [...(times.get(name) ?? []), (used.user + used.system) / 1000]);
      if (!quality.has(name)) {
        const q = qualityOf(layout);
        quality.set(name, `${q.crossings} crossings, area ${(q.area / 1e6).toFixed(1)} Mpx² (${Math.round(q.width)}×${Math.round(q.height)}), edges ${(q.edgeLength / 1000).toFixed(0)}k px, ${q.bends} bends`);
      }
    }
  }
  for (const [index, [name, overrides]] of variants.entries()) {
    // The examples are small (the large-design options never apply to them): at 200, the design itself, for the two that matter.
    const stability = smoke ? '' : n <= 50 ? `; ${await stabilityOf(overrides)}` : index < 2 ? `; ${await stabilityOfLarge(text, overrides)}` : '';
    rows.push(summarize(`ELK ${name}, ${n} components (CPU ms)`, times.get(name) ?? [], { metric: `preview.variant.${n}.${name}`, note: `${quality.get(name)}${stability}` }));
  }
  return rows;
}

export async function run(options: RunOptions = {}): Promise<Row[]> {
  const smoke = options.smoke ?? isSmoke();
  const rows: Row[] = [];
  for (const n of smoke ? [50] : [50, 200]) {
    const text = generateDesign(n);
    const base = analysed(text);
    const count = smoke ? 1 : n <= 50 ? 9 : 7; // at most nine: the connection edits are all different up to nine
    const states = edits(text, count);
    const warmups = smoke ? 0 : 2;
    const size = `${n} components`;
    rows.push(await timeEdits(`edit a property, ${size} (layout re-used)`, base, states.property.map(analysed), `preview.preserving.${n}`, warmups));
    rows.push(await timeEdits(`edit a label, same width, ${size} (layout re-used)`, base, states.label.map(analysed), `preview.label.${n}`, warmups));
    rows.push(await timeEdits(`add a connection, ${size} (laid out again)`, base, states.connection.map(analysed), `preview.structure.${n}`, warmups));
    rows.push(await timeEdits(`add a component, ${size} (laid out again)`, base, states.component.map(analysed), `preview.component.${n}`, warmups));
    rows.push(...await variantRows(n, text, diagramOf(base.model, base.findings), smoke ? 1 : 5, smoke));
  }
  return rows;
}
