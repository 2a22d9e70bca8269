// Timing helper for benchmarks: warm up, then report the median and spread of many runs.
export interface Row {
  name: string;
  runs: number;
  medianMs: number;
  p90Ms: number;
  /** Free-form extra figures (e.g. stability distances). */
  note?: string;
}

export function measure(name: string, fn: () => void, runs = 30): Row {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { name, runs, medianMs: times[Math.floor(runs / 2)], p90Ms: times[Math.floor(runs * 0.9)] };
}

export async function measureAsync(name: string, fn: () => Promise<unknown>, runs = 15): Promise<Row> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { name, runs, medianMs: times[Math.floor(runs / 2)], p90Ms: times[Math.floor(runs * 0.9)] };
}
