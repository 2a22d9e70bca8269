// The peer comparison table (issue 20, item 4) from the peers suite's rows: medians with their range, and the ratios.
import type { Row } from './measure';

/** Issue 20's targets: sysd at most 0.6× bare elkjs and at most a third of D2. */
export const PEER_TARGETS = { elkjs: 0.6, d2: 1 / 3 } as const;

const PEER_COLUMNS: Array<[string, string]> = [['sysd', 'sysd text → SVG'], ['elkjs', 'bare elkjs'], ['d2', 'D2 (ELK)'], ['likec4', 'LikeC4 (Graphviz)']];

export function peerTable(rows: readonly Row[]): string {
  const sizes = [...new Set(rows.map((r) => r.figures?.n).filter((n): n is number => typeof n === 'number'))];
  const header = ['components', ...PEER_COLUMNS.map(([, title]) => `${title} median (min–max) ms`),
    `sysd / elkjs (≤ ${PEER_TARGETS.elkjs})`, `sysd / D2 (≤ ${PEER_TARGETS.d2.toFixed(2)})`];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const n of sizes) {
    const cell = (key: string) => {
      const row = rows.find((r) => r.figures?.n === n && r.figures.peer === key);
      const times = (row?.figures?.times as number[] | undefined) ?? [];
      return row && times.length ? `${row.medianMs.toFixed(0)} (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)})` : 'skipped';
    };
    const ratios = rows.find((r) => r.figures?.n === n && r.figures.ratios)?.figures?.ratios as { elkjs?: number; d2?: number } | undefined;
    const ratio = (r: number | undefined) => (r === undefined ? '—' : `${r.toFixed(2)}×`);
    lines.push(`| ${[n, ...PEER_COLUMNS.map(([key]) => cell(key)), ratio(ratios?.elkjs), ratio(ratios?.d2)].join(' | ')} |`);
  }
  const skipped = rows.filter((r) => typeof r.figures?.skipped === 'string').map((r) => `${r.name}: ${r.figures?.skipped as string}`);
  return [lines.join('\n'), ...skipped.map((s) => `\n${s}`)].join('\n');
}
