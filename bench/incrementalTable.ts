// Issue 17's targets (incremental analysis) from the protocol, manyFiles and checkPeers suites' rows.
import type { Row } from './measure';

interface Target { what: string | ((rows: readonly Row[]) => string); goal: string; shown(rows: readonly Row[]): string | undefined; met(rows: readonly Row[]): boolean | undefined }

const byMetric = (rows: readonly Row[], id: string) => rows.find((r) => r.metric === id);
const fixed = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

function keystroke(n: number, id: string, goalMs: number): Target[] {
  const row = (rows: readonly Row[]) => byMetric(rows, id);
  return [
    { what: `keystroke → diagnostics over stdio, ${n.toLocaleString('en')} components (median)`, goal: `≤ ${goalMs} ms`,
      shown: (rows) => { const r = row(rows); return r && `${fixed(r.medianMs)} ms`; }, met: (rows) => { const r = row(rows); return r && r.medianMs <= goalMs; } },
    { what: '… its p95', goal: '≤ 2× median',
      shown: (rows) => { const r = row(rows); return r?.p95Ms === undefined ? undefined : `${fixed(r.p95Ms)} ms (${(r.p95Ms / r.medianMs).toFixed(1)}×)`; },
      met: (rows) => { const r = row(rows); return r?.p95Ms === undefined ? undefined : r.p95Ms <= 2 * r.medianMs; } },
  ];
}

function checkRatio(n: number): Target {
  const ratio = (rows: readonly Row[]) => rows.find((r) => r.figures?.n === n && typeof r.figures.ratio === 'number')?.figures?.ratio as number | undefined;
  return { what: `full check, ${n.toLocaleString('en')} components: LikeC4 1.46 ÷ sysd (one run)`, goal: '≥ 20×',
    shown: (rows) => { const r = ratio(rows); return r === undefined ? undefined : `${r.toFixed(1)}×`; }, met: (rows) => { const r = ratio(rows); return r === undefined ? undefined : r >= 20; } };
}

const TARGETS: Target[] = [
  ...keystroke(10000, 'protocol.keystroke.10000', 25),
  ...keystroke(1000, 'protocol.keystroke', 10),
  checkRatio(1000),
  checkRatio(5000),
  { what: 'server RSS with 10,000 components open', goal: '≤ 200 MB',
    shown: (rows) => { const r = byMetric(rows, 'protocol.rss10k'); return r && `${r.medianMs.toFixed(0)} MB`; }, met: (rows) => { const r = byMetric(rows, 'protocol.rss10k'); return r && r.medianMs <= 200; } },
  { what: (rows) => {
      // The smoke run's sizes are smaller: say which were measured.
      const f = byMetric(rows, 'many.republish')?.figures as { importers: number; components: number } | undefined;
      return `edit in a shared ${f?.components ?? 500}-component file → all ${f?.importers ?? 100} open importers re-published (median)`;
    }, goal: '≤ 150 ms',
    shown: (rows) => { const r = byMetric(rows, 'many.republish'); return r && `${fixed(r.medianMs)} ms (p95 ${fixed(r.p95Ms ?? Number.NaN)})`; }, met: (rows) => { const r = byMetric(rows, 'many.republish'); return r && r.medianMs <= 150; } },
  { what: 'closing them all releases their memory (RSS drop ÷ RSS they added)', goal: 'released',
    shown: (rows) => {
      const f = byMetric(rows, 'many.rss.open')?.figures as { beforeMb: number; openMb: number; closedMb: number } | undefined;
      return f && `${(f.openMb - f.closedMb).toFixed(0)} of ${(f.openMb - f.beforeMb).toFixed(0)} MB`;
    },
    met: (rows) => {
      const f = byMetric(rows, 'many.rss.open')?.figures as { beforeMb: number; openMb: number; closedMb: number } | undefined;
      return f && f.openMb - f.closedMb >= 0.5 * (f.openMb - f.beforeMb);
    } },
];

/** The table, or nothing when none of its suites ran. */
export function incrementalTable(rows: readonly Row[]): string | undefined {
  const lines = TARGETS.map((t) => {
    const shown = t.shown(rows);
    const met = t.met(rows);
    const what = typeof t.what === 'string' ? t.what : t.what(rows);
    return shown === undefined ? undefined : `| ${what} | ${t.goal} | ${shown} | ${met === undefined ? '—' : met ? 'yes' : '**no**'} |`;
  }).filter((line): line is string => line !== undefined);
  return lines.length ? ['| target | goal | measured | met? |', '| --- | --- | ---: | --- |', ...lines].join('\n') : undefined;
}
