// Benchmarks of the core: parse and full analysis (model + rules) on the examples and on large generated designs.
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../server/src/language/analysis';
import { parse } from '../server/src/language/parser';
import { isSmoke, measure, type Row } from './measure';

/** A realistic large design: `tiers` groups of services, each with a cache, a database and a queue + worker. */
export function syntheticDesign(tiers: number): string {
  const lines = ['design "Synthetic"', 'scale { dau: 50M, writes: 10k/s, read_write_ratio: 20, peak_factor: 3x, availability: 99.95% }',
    'client web { type: web }', 'cdn edge { ttl: 1h }', 'loadbalancer lb { instances: 2, health_check: 10s, rate_limit: 1k/s }', 'web -> edge -> lb'];
  for (let i = 0; i < tiers; i++) {
    lines.push(`group tier${i} "Tier ${i}" {`, '  kind: tier',
      `  service svc${i} { autoscale: 2..10, capacity: 2k/s, timeout: 2s }`,
      `  cache cache${i} { engine: redis, ttl: 10m, eviction: allkeys-lru }`,
      `  database db${i} { engine: postgres, replicas: 2, backup: 1d }`,
      `  queue q${i} { engine: kafka, dlq: q${i}-dlq }`, `  queue q${i}-dlq`,
      `  worker w${i} { instances: 2 }`, '}',
      `lb -> svc${i}`, `svc${i} -> cache${i} : "read"`, `svc${i} -> db${i}`, `svc${i} ~> q${i} ~> w${i}`, `w${i} -> db${i} { access: write }`);
  }
  return `${lines.join('\n')}\n`;
}

function analyzeText(text: string): void {
  const uri = 'file:///bench.sysd';
  analyze(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_f, p) => p });
}

export async function run(): Promise<Row[]> {
  const rows: Row[] = [];
  const examples = new URL('../examples/', import.meta.url);
  for (const name of readdirSync(examples).filter((f) => f.endsWith('.sysd')).sort().slice(0, isSmoke() ? 1 : undefined)) {
    const text = readFileSync(new URL(name, examples), 'utf8');
    rows.push(measure(`analyze ${name} (${text.split('\n').length} lines)`, () => analyzeText(text)));
  }
  for (const tiers of isSmoke() ? [10] : [50, 200]) {
    const text = syntheticDesign(tiers);
    const lines = text.split('\n').length;
    rows.push(measure(`parse synthetic ${tiers} tiers (${lines} lines)`, () => parse(text)));
    rows.push(measure(`analyze synthetic ${tiers} tiers (${lines} lines)`, () => analyzeText(text)));
  }
  return rows;
}
