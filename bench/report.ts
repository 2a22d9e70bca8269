// Turns benchmark results into the printed tables, the markdown block for RESULTS.md and the targets check.
import os from 'node:os';
import { incrementalTable } from './incrementalTable';
import type { Row } from './measure';
import { peerTable } from './peerTable';
import { beforeAfterTable, qualityTable } from './qualityTable';
import type { SizeResult, StageRow } from './stages';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  platform: string;
  date: string;
  /** 1-minute load average when the run started: other work on a shared machine skews the figures. */
  loadAverage: number;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cores: cpus.length, cpu: cpus[0]?.model.trim() ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version, platform: `${os.platform()} ${os.release()}`, date: new Date().toISOString(), loadAverage: os.loadavg()[0],
  };
}

export function describeMachine(m: Machine): string {
  return `${m.cores} cores × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}, ${m.date.slice(0, 16).replace('T', ' ')} UTC, load ${m.loadAverage.toFixed(1)}`;
}

export interface SuiteRow extends Row {
  suite: string;
}

export interface BenchResults {
  machine: Machine;
  smoke: boolean;
  sizes: SizeResult[];
  suites: SuiteRow[];
  vsixBytes?: number;
  /** The quality suite's rows before issue 20's redesign (bench/baselines/quality-before.json), to print beside this run's. */
  qualityBefore?: Row[];
}

/** log(t2/t1) / log(n2/n1): 1 is linear, 2 quadratic. */
export function growthExponent(n1: number, t1: number, n2: number, t2: number): number {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

function ms(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function stageNames(sizes: readonly SizeResult[]): string[] {
  const names: string[] = [];
  for (const size of sizes) for (const row of size.stages) if (!names.includes(row.stage)) names.push(row.stage);
  return names;
}

function rowOf(size: SizeResult, stage: string): StageRow | undefined {
  return size.stages.find((row) => row.stage === stage);
}

/** The stage table as markdown: per stage and size the warm median (p95) and the cold first run, then the growth. */
export function stageTable(sizes: readonly SizeResult[]): string {
  const header = ['stage', ...sizes.map((s) => `N=${s.n.toLocaleString('en-US')} median (p95) · cold ms`)];
  const pairs = sizes.slice(1).map((s, i) => [sizes[i], s] as const);
  header.push(...pairs.map(([a, b]) => `growth ${a.n}→${b.n}`));
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const stage of stageNames(sizes)) {
    const cells = [stage];
    for (const size of sizes) {
      const row = rowOf(size, stage);
      cells.push(row ? `${ms(row.medianMs)} (${ms(row.p95Ms)}) · ${ms(row.coldMs)}` : '—');
    }
    for (const [a, b] of pairs) {
      const ra = rowOf(a, stage);
      const rb = rowOf(b, stage);
      const growth = ra && rb ? growthExponent(a.n, ra.medianMs, b.n, rb.medianMs) : Number.NaN;
      cells.push(Number.isFinite(growth) ? growth.toFixed(2) : '—');
    }
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const facts = (label: string, of: (s: SizeResult) => string) => `| ${[label, ...sizes.map(of), ...pairs.map(() => '')].join(' | ')} |`;
  lines.push(facts('design: lines · connections · findings', (s) => `${s.lines.toLocaleString('en-US')} · ${s.connections.toLocaleString('en-US')} · ${s.findings}`));
  lines.push(facts('peak RSS (MB) · bundle load (ms)', (s) => `${s.peakRssMb.toFixed(0)} · ${s.startupMs.toFixed(0)}`));
  return lines.join('\n');
}

/** Median CPU time per stage and size: on a busy shared machine it moves much less than wall time. */
export function cpuTable(sizes: readonly SizeResult[]): string {
  const header = ['stage (CPU ms)', ...sizes.map((s) => `N=${s.n.toLocaleString('en-US')}`)];
  const pairs = sizes.slice(1).map((s, i) => [sizes[i], s] as const);
  header.push(...pairs.map(([a, b]) => `growth ${a.n}→${b.n}`));
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const stage of stageNames(sizes)) {
    const cells = [stage, ...sizes.map((size) => ms(rowOf(size, stage)?.cpuMedianMs))];
    for (const [a, b] of pairs) {
      const ra = rowOf(a, stage)?.cpuMedianMs;
      const rb = rowOf(b, stage)?.cpuMedianMs;
      cells.push(ra && rb ? growthExponent(a.n, ra, b.n, rb).toFixed(2) : '—');
    }
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function suiteTable(rows: readonly SuiteRow[]): string {
  const lines = ['| suite | benchmark | median ms | p95 ms | cold ms | note |', '| --- | --- | ---: | ---: | ---: | --- |'];
  for (const row of rows) {
    lines.push(`| ${row.suite} | ${row.name} | ${ms(row.medianMs)} | ${ms(row.p95Ms ?? row.p90Ms)} | ${ms(row.coldMs)} | ${row.note ?? ''} |`);
  }
  return lines.join('\n');
}

interface Target {
  what: string;
  target: string;
  measured: (r: BenchResults) => number | undefined;
  unit: string;
  met: (value: number) => boolean;
}

function stageMedian(r: BenchResults, stage: string, n: number): number | undefined {
  const size = r.sizes.find((s) => s.n === n);
  return size ? rowOf(size, stage)?.medianMs : undefined;
}

function cpuMedian(r: BenchResults, stage: string, n: number): number | undefined {
  const size = r.sizes.find((s) => s.n === n);
  return size ? rowOf(size, stage)?.cpuMedianMs : undefined;
}

function metric(r: BenchResults, id: string): number | undefined {
  return r.suites.find((row) => row.metric === id)?.medianMs;
}

/** The targets of issue 8, each with how to read its figure from the results. */
const TARGETS: Target[] = [
  { what: 'full check, 1,000 components (median)', target: '≤ 16 ms', unit: 'ms', measured: (r) => stageMedian(r, 'full check', 1000), met: (v) => v <= 16 },
  { what: '… the same, CPU time (median; less load-sensitive)', target: '≤ 16 ms', unit: 'ms', measured: (r) => cpuMedian(r, 'full check', 1000), met: (v) => v <= 16 },
  { what: 'full check, 10,000 components (median)', target: '≤ 150 ms', unit: 'ms', measured: (r) => stageMedian(r, 'full check', 10000), met: (v) => v <= 150 },
  {
    what: 'full check growth 1,000 → 10,000', target: 'close to linear (≤ 1.15)', unit: '',
    measured: (r) => {
      const a = stageMedian(r, 'full check', 1000);
      const b = stageMedian(r, 'full check', 10000);
      return a && b ? growthExponent(1000, a, 10000, b) : undefined;
    },
    met: (v) => v <= 1.15,
  },
  { what: 'keystroke → diagnostics over LSP, 1,000 components (median)', target: '≤ 25 ms', unit: 'ms', measured: (r) => metric(r, 'protocol.keystroke'), met: (v) => v <= 25 },
  { what: '… the same, server CPU time per keystroke (mean; less load-sensitive)', target: '≤ 25 ms', unit: 'ms', measured: (r) => metric(r, 'protocol.keystroke.cpu'), met: (v) => v <= 25 },
  {
    what: 'layout + SVG, 200 components (median)', target: '≤ 300 ms', unit: 'ms',
    measured: (r) => {
      const layout = stageMedian(r, 'layout', 200);
      const svg = stageMedian(r, 'svg', 200);
      return layout !== undefined && svg !== undefined ? layout + svg : undefined;
    },
    met: (v) => v <= 300,
  },
  { what: 'preview redraw after a structure-preserving edit, 200 components', target: '≤ 50 ms', unit: 'ms', measured: (r) => metric(r, 'preview.preserving.200'), met: (v) => v <= 50 },
  { what: 'server RSS with 10,000 components open', target: '≤ 200 MB', unit: 'MB', measured: (r) => metric(r, 'protocol.rss10k'), met: (v) => v <= 200 },
  { what: 'extension activation (require + activate, stubbed vscode)', target: '≤ 150 ms', unit: 'ms', measured: (r) => metric(r, 'activation.activate'), met: (v) => v <= 150 },
  { what: '… until the language client runs (server answered initialize; not part of activation since f5e7ae1)', target: '—', unit: 'ms', measured: (r) => metric(r, 'activation.running'), met: () => true },
  { what: '.vsix size', target: '≤ 2 MB', unit: 'MB', measured: (r) => (r.vsixBytes === undefined ? undefined : r.vsixBytes / 1e6), met: (v) => v <= 2 },
];

export function targetsTable(r: BenchResults): string {
  const lines = ['| target | goal | measured | met? |', '| --- | --- | ---: | --- |'];
  for (const t of TARGETS) {
    const value = t.measured(r);
    const shown = value === undefined ? 'not measured' : `${t.unit === '' ? value.toFixed(2) : ms(value)}${t.unit ? ` ${t.unit}` : ''}`;
    const met = value === undefined || t.target === '—' ? '—' : t.met(value) ? 'yes' : '**no**';
    lines.push(`| ${t.what} | ${t.target} | ${shown} | ${met} |`);
  }
  return lines.join('\n');
}

/** Everything for RESULTS.md in one block, so regenerating the figures is one paste. */
export function markdown(r: BenchResults): string {
  return [
    `Machine: ${describeMachine(r.machine)}${r.smoke ? ' (smoke run: figures not meaningful)' : ''}`, '',
    '### Targets (issue 8)', '', targetsTable(r), '',
    '### Core stages (bundled, plain node; warm median (p95) · cold first call, ms; growth = log(t2/t1)/log(n2/n1))', '', stageTable(r.sizes), '',
    '### Core stages, CPU time (median user + system of the warm runs, ms)', '', cpuTable(r.sizes), '',
    '### Other suites', '', suiteTable(r.suites), '',
    ...issue20Sections(r.suites, r.qualityBefore),
  ].join('\n');
}

/** The tables of issue 20's suites, when they ran: picture quality and the peer comparison; and issue 17's targets. */
export function issue20Sections(suites: readonly SuiteRow[], qualityBefore: readonly Row[] = []): string[] {
  const quality = suites.filter((row) => row.suite === 'quality');
  const peers = suites.filter((row) => row.suite === 'peers');
  const incremental = incrementalTable(suites.filter((row) => ['protocol', 'manyFiles', 'checkPeers'].includes(row.suite)));
  return [
    ...(incremental ? ['### Targets (issue 17; incremental analysis)', '', incremental, ''] : []),
    ...(quality.length ? ['### Picture quality (issue 20)', '', qualityTable(quality), ''] : []),
    ...(quality.length && qualityBefore.length ? ['### Picture quality before the redesign and now', '', beforeAfterTable(qualityBefore, quality), ''] : []),
    ...(peers.length ? ['### Peer comparison (issue 20; one run, round-robin, medians)', '', peerTable(peers), ''] : []),
  ];
}
