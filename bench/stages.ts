// The core stage benchmark for one design size: lex, parse, resolve, schema, rules, full check, format, diagram, layout, SVG.
import type { SysdFile } from '../server/src/language/ast';
import { inProcessElk } from '../server/src/diagram/index';
import { layoutDiagram, type DiagramLayout } from '../server/src/diagram/layout';
import { diagramOf, type Diagram } from '../server/src/diagram/model';
import { renderSvg } from '../server/src/diagram/svg';
import { analyze } from '../server/src/language/analysis';
import type { Diagnostic } from '../server/src/language/diagnostics';
import { formatText } from '../server/src/language/format';
import { lex } from '../server/src/language/lexer';
import * as modelModule from '../server/src/language/model';
import type { DesignModel, SourceHost } from '../server/src/language/model';
import { parse } from '../server/src/language/parser';
import { checkRules } from '../server/src/language/rules/index';
import { DEFAULT_CONFIG } from '../server/src/language/schema';
import { generateDesign } from './generator';
import { median, summarize, type Row } from './measure';

/** Largest size the ELK layout and the SVG render are measured at (layout grows much faster than linearly). */
export const LAYOUT_MAX_N = 1000;

export interface StageRow extends Row {
  stage: string;
  n: number;
  /** Resident set size after this stage's runs. */
  rssMb: number;
  /** Median CPU time (user + system, all threads) of the warm runs: less skewed than wall time when the machine is busy. */
  cpuMedianMs: number;
}

export interface SizeResult {
  n: number;
  lines: number;
  bytes: number;
  connections: number;
  findings: number;
  /** Time from process start until the benchmark began (loading the bundle). */
  startupMs: number;
  /** Whether resolve and schema validation were timed apart (the model exports the split) or together. */
  schemaSplit: boolean;
  stages: StageRow[];
  /** Peak resident set size of the whole process for this size. */
  peakRssMb: number;
}

/** The model module may split resolution from schema validation; use the split when it is there. */
type BuildModel = (rootUri: string, host: SourceHost, options?: { schema?: boolean }) => DesignModel;
const buildModel = modelModule.buildModel as BuildModel;
const checkSchema = (modelModule as unknown as { checkSchema?: (model: DesignModel) => unknown }).checkSchema;

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function rssMb(): number {
  return process.memoryUsage().rss / 2 ** 20;
}

/** How many warm runs each size gets: fewer for big designs so the whole suite stays within minutes. */
export function warmRuns(n: number, smoke: boolean): number {
  if (smoke) return 2;
  if (n <= 50) return 30;
  if (n <= 200) return 20;
  if (n <= 1000) return 10;
  return 3;
}

function layoutRuns(n: number, smoke: boolean): number {
  // Smoke mode: the cold call alone keeps the path working; ELK's first call is the slowest part of the smoke run.
  if (smoke) return 0;
  if (n <= 50) return 7;
  if (n <= 200) return 3;
  return 1;
}

interface Stage<I> {
  name: string;
  /** Untimed: builds a fresh input per run (a stage may cache on its input, as the rules do on the model). */
  prepare: () => I | Promise<I>;
  run: (input: I) => unknown;
  runs: number;
}

/**
 * A full collection before each timed call (the runner starts size processes with --expose-gc): the previous runs'
 * garbage, large at 10,000 components, is then not collected inside the next stage's timing. Collections the stage
 * itself causes still count.
 */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function time<I>(stage: Stage<I>, n: number, warmups: number): Promise<StageRow> {
  let input = await stage.prepare();
  collect();
  let start = now();
  await stage.run(input);
  const coldMs = now() - start;
  for (let i = 0; i < warmups; i++) await stage.run(await stage.prepare());
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < stage.runs; i++) {
    input = await stage.prepare();
    collect();
    const cpuStart = process.cpuUsage();
    start = now();
    await stage.run(input);
    times.push(now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ...summarize(stage.name, times, { coldMs, metric: `stage.${stage.name}` }), stage: stage.name, n, rssMb: rssMb(), cpuMedianMs: median(cpu) };
}

/** Runs every stage on a generated design of `n` components in this process; the first call of each is its cold run. */
export async function runStages(n: number, options: { smoke?: boolean } = {}): Promise<SizeResult> {
  const startupMs = performance.now();
  const smoke = options.smoke ?? false;
  const text = generateDesign(n);
  const uri = 'file:///bench/generated.sysd';
  const read = (u: string) => (u === uri ? text : undefined);
  const resolve = (_from: string, path: string) => path;
  // The first call of each stage is its cold run, so nothing is computed ahead: the parse stage keeps its last tree,
  // and resolution alone gets it handed over ready, as the server's parse cache does for unchanged files.
  let parsed: SysdFile | undefined;
  const preparsed: SourceHost = { read, resolve, parse: () => parsed ?? parse(text) };
  const runs = warmRuns(n, smoke);
  // The biggest size takes seconds per call: its cold call is its warm-up.
  const warmups = smoke || n >= 10000 ? 0 : 3;
  const fresh = () => buildModel(uri, preparsed);
  let reference: ReturnType<typeof analyze> | undefined;
  const analysis = () => (reference ??= analyze(uri, { read, resolve }));

  const stages: Array<Stage<unknown>> = [
    { name: 'lex', prepare: () => text, run: () => lex(text), runs },
    { name: 'parse', prepare: () => text, run: () => { parsed = parse(text); }, runs },
  ];
  if (typeof checkSchema === 'function') {
    stages.push(
      { name: 'resolve', prepare: () => undefined, run: () => buildModel(uri, preparsed, { schema: false }), runs },
      { name: 'schema', prepare: () => buildModel(uri, preparsed, { schema: false }), run: (model) => checkSchema(model as DesignModel), runs },
    );
  } else {
    stages.push({ name: 'resolve+schema', prepare: () => undefined, run: () => buildModel(uri, preparsed), runs });
  }
  stages.push(
    { name: 'rules', prepare: fresh, run: (model) => checkRules(model as DesignModel, DEFAULT_CONFIG), runs },
    { name: 'full check', prepare: () => undefined, run: () => analyze(uri, { read, resolve }), runs },
    { name: 'format', prepare: () => undefined, run: () => formatText(text), runs },
    {
      name: 'diagram model', prepare: () => ({ model: fresh(), findings: analysis().findings }),
      run: (input) => { const { model, findings } = input as { model: DesignModel; findings: Diagnostic[] }; return diagramOf(model, findings); }, runs,
    },
  );
  // Smoke mode lays out only the smallest size: enough to keep the code path working, and ELK is the slow part.
  if (n <= (smoke ? 50 : LAYOUT_MAX_N)) {
    let diagram: Diagram | undefined;
    const diagramNow = () => (diagram ??= diagramOf(analysis().model, analysis().findings));
    const elk = inProcessElk();
    const lruns = layoutRuns(n, smoke);
    let laid: DiagramLayout | undefined;
    stages.push(
      { name: 'layout', prepare: diagramNow, run: async (d) => { laid = await layoutDiagram(d as Diagram, elk); }, runs: lruns },
      { name: 'svg', prepare: () => laid, run: (layout) => renderSvg(diagramNow(), layout as DiagramLayout), runs: smoke ? 2 : Math.max(3, runs) },
    );
  }

  const rows: StageRow[] = [];
  for (const stage of stages) rows.push(await time(stage, n, stage.name === 'layout' ? (smoke || n > 200 ? 0 : 1) : warmups));
  return {
    n, lines: text.split('\n').length, bytes: Buffer.byteLength(text), connections: analysis().model.connections.length,
    findings: analysis().findings.length, startupMs, schemaSplit: typeof checkSchema === 'function', stages: rows,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
