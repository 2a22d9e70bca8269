// `sysd estimate FILE`: the back-of-the-envelope table of the scale block (rates, peaks, storage, bandwidth, downtime).
import type { Analysis } from '../language/analysis';
import type { Estimate, Figure } from '../language/estimate';
import { formatBytes, formatCount, formatDuration, formatNumber } from '../language/quantities';
import { parseFlags } from './args';
import { loadDesign, reportErrors } from './design';
import { displayPath } from './findings';
import { toPath } from '../language/host';
import { EXIT_FINDINGS, EXIT_OK, type CommandResult, type Io } from './io';

export const ESTIMATE_HELP = `Usage: sysd estimate FILE [--format text|json]

Prints the back-of-the-envelope numbers of the design's scale block: average and peak
reads and writes per second, storage over the retention period, bandwidth, and the
downtime budget of the availability target. Derived figures show how they were computed.

Options:
  -f, --format FORMAT   text (default) or json
  -h, --help            show this help

Exit codes: 0 printed, 1 the design has errors (listed on stderr), 2 usage or I/O error.
`;

const FLAGS = {
  format: { type: 'string', short: 'f', choices: ['text', 'json'] },
  help: { type: 'boolean', short: 'h' },
} as const;

type Unit = 'count' | '/s' | 'B' | 'B/s' | 's' | '%' | 'x' | '';

/** The rows of the table, in reading order: who uses it, how hard, at peak, what it stores, what it may lose. */
const ROWS: Array<[keyof Estimate, string, Unit]> = [
  ['users', 'Registered users', 'count'],
  ['dau', 'Daily active users', 'count'],
  ['mau', 'Monthly active users', 'count'],
  ['concurrentUsers', 'Concurrent users', 'count'],
  ['requests', 'Requests (average)', '/s'],
  ['writes', 'Writes (average)', '/s'],
  ['reads', 'Reads (average)', '/s'],
  ['readWriteRatio', 'Read:write ratio', ''],
  ['peakFactor', 'Peak factor', 'x'],
  ['peakWrites', 'Peak writes', '/s'],
  ['peakReads', 'Peak reads', '/s'],
  ['peakTotal', 'Peak requests (reads + writes)', '/s'],
  ['storageGrowth', 'Storage growth', 'B/s'],
  ['retention', 'Retention', 's'],
  ['storage', 'Storage', 'B'],
  ['bandwidth', 'Bandwidth', 'B/s'],
  ['availability', 'Availability', '%'],
  ['downtimePerYear', 'Downtime budget per year', 's'],
  ['downtimePerMonth', 'Downtime budget per month', 's'],
  ['downtimePerDay', 'Downtime budget per day', 's'],
  ['latencyP99', 'Latency p99', 's'],
];

function display(value: number, unit: Unit): string {
  switch (unit) {
    case 'count': return formatCount(value);
    case '/s': return `${formatNumber(value)}/s`;
    case 'B': return formatBytes(value);
    case 'B/s': return `${formatBytes(value)}/s (${formatBytes(value * 86400)}/day)`;
    // Retention periods read better in years than in thousands of days.
    case 's': return value >= 365 * 86400 ? `${Number((value / (365 * 86400)).toPrecision(3))} y` : formatDuration(value);
    case '%': return `${value}%`;
    case 'x': return `${formatNumber(value)}×`;
    default: return formatNumber(value);
  }
}

export interface EstimateRow {
  key: string;
  label: string;
  value: number;
  unit: string;
  display: string;
  source: Figure['source'];
  how: string;
}

export function estimateRows(result: Estimate, hasScale: boolean): EstimateRow[] {
  const rows: EstimateRow[] = [];
  const { storage, storageGrowth, retention } = result;
  // When storage is given, still show what growth × retention comes to: the two should roughly agree.
  const overRetention: Figure | undefined = storage?.source === 'given' && storageGrowth && retention
    ? { value: storageGrowth.value * retention.value, source: 'derived', how: `growth ${formatBytes(storageGrowth.value * 86400)}/day × retention ${display(retention.value, 's')}` }
    : undefined;
  for (const [key, label, unit] of ROWS) {
    if (key === 'bandwidth' && overRetention) {
      rows.push({ key: 'storageOverRetention', label: 'Storage over retention', value: overRetention.value, unit: 'B', display: formatBytes(overRetention.value), source: 'derived', how: overRetention.how });
    }
    const figure = result[key];
    // Without a scale block the peak factor is only the default of 1: nothing worth a row.
    if (!figure || (!hasScale && key === 'peakFactor')) continue;
    rows.push({ key, label, value: figure.value, unit: unit === 'count' ? '' : unit, display: display(figure.value, unit), source: figure.source, how: figure.how });
  }
  return rows;
}

function table(rows: EstimateRow[]): string {
  const header = ['Figure', 'Value', 'How'];
  const cells = rows.map((row) => [row.label, row.display, row.source === 'given' ? `given: ${row.how}` : row.how]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((cell, i) => (i === c.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export async function runEstimate(args: string[], io: Io): Promise<CommandResult> {
  const { flags, positionals } = parseFlags(args, FLAGS, 1);
  if (flags.help) {
    io.out(ESTIMATE_HELP);
    return { exitCode: EXIT_OK };
  }
  const analysis = loadDesign(positionals[0], io, 'estimate');
  io.out(estimateReport(analysis, io.cwd, flags.format === 'json' ? 'json' : 'text'));
  return { exitCode: reportErrors(analysis, io, 'estimate') > 0 ? EXIT_FINDINGS : EXIT_OK };
}

/** What `sysd estimate` prints for an analysed design (and the `estimate` tool of `sysd mcp` returns). */
export function estimateReport(analysis: Analysis, cwd: string, format: 'text' | 'json'): string {
  const scale = analysis.model.scale;
  const rows = estimateRows(analysis.estimate(), scale !== undefined);
  const file = displayPath(cwd, toPath(analysis.uri));
  if (format === 'json') {
    return `${JSON.stringify({ version: 1, file, title: analysis.model.title ?? null, hasScale: scale !== undefined, figures: rows }, null, 2)}\n`;
  }
  if (!scale) return `${file} has no scale block: add one (dau, writes, read_write_ratio, peak_factor, storage, availability…) to get estimates.\n`;
  return `${analysis.model.title ?? file} — scale estimate\n\n${table(rows)}\n`;
}
