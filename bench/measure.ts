// Timing helpers for benchmarks: warm up, then report the median and spread of many runs (fewer in smoke mode).

/** One measured figure. A bench module exports `run(options?: RunOptions): Promise<Row[]>`. */
export interface Row {
  name: string;
  runs: number;
  medianMs: number;
  p90Ms: number;
  p95Ms?: number;
  /** The first call, before any warm-up (includes lazy initialisation and JIT). */
  coldMs?: number;
  /** A stable id for figures the targets table looks up, e.g. `protocol.keystroke`. */
  metric?: string;
  /** Free-form extra figures (e.g. stability distances). */
  note?: string;
  /** Structured figures for the JSON and the suite's own table (picture quality, peer comparison). */
  figures?: Record<string, unknown>;
}

export interface RunOptions {
  /** Quick mode for CI: small inputs, few repeats; figures are not meaningful, only that nothing throws. */
  smoke?: boolean;
}

/** Smoke mode is set by the runner (`bench/run.ts --smoke`) for every module, including ones that ignore RunOptions. */
export function isSmoke(): boolean {
  return process.env.SYSD_BENCH_SMOKE === '1';
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The sample at quantile q (0..1) of sorted times, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A row from raw times (milliseconds). */
export function summarize(name: string, times: readonly number[], extra: Partial<Row> = {}): Row {
  const sorted = [...times].sort((a, b) => a - b);
  return { name, runs: sorted.length, medianMs: median(sorted), p90Ms: quantile(sorted, 0.9), p95Ms: quantile(sorted, 0.95), ...extra };
}

export function measure(name: string, fn: () => void, runs = 30): Row {
  const warmups = isSmoke() ? 1 : 5;
  const count = isSmoke() ? Math.min(runs, 2) : runs;
  let start = now();
  fn();
  const coldMs = now() - start;
  for (let i = 1; i < warmups; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    start = now();
    fn();
    times.push(now() - start);
  }
  return summarize(name, times, { coldMs });
}

export async function measureAsync(name: string, fn: () => Promise<unknown>, runs = 15): Promise<Row> {
  const warmups = isSmoke() ? 0 : 3;
  const count = isSmoke() ? 1 : runs;
  const times: number[] = [];
  let coldMs: number | undefined;
  for (let i = 0; i < warmups; i++) {
    const start = now();
    await fn();
    coldMs ??= now() - start;
  }
  for (let i = 0; i < count; i++) {
    const start = now();
    await fn();
    times.push(now() - start);
  }
  return summarize(name, times, { coldMs: coldMs ?? times[0] });
}
