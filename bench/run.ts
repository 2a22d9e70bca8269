// Runs every bench/*.bench.ts module, prints one table and writes bench/results/latest.json with the machine noted.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Row } from './measure';

const here = new URL('./', import.meta.url);
const modules = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
const results: Array<Row & { suite: string }> = [];

for (const file of modules) {
  const module = (await import(new URL(file, here).href)) as { run: () => Promise<Row[]> };
  for (const row of await module.run()) results.push({ suite: file.replace('.bench.ts', ''), ...row });
}

const width = Math.max(...results.map((r) => r.name.length), 10);
console.log(`machine: ${machine}`);
console.log(`${'suite'.padEnd(8)} ${'benchmark'.padEnd(width)} ${'median ms'.padStart(10)} ${'p90 ms'.padStart(9)}  note`);
for (const row of results) {
  console.log(`${row.suite.padEnd(8)} ${row.name.padEnd(width)} ${row.medianMs.toFixed(2).padStart(10)} ${row.p90Ms.toFixed(2).padStart(9)}  ${row.note ?? ''}`);
}
mkdirSync(new URL('results/', here), { recursive: true });
writeFileSync(new URL('results/latest.json', here), `${JSON.stringify({ machine, date: new Date().toISOString(), results }, null, 2)}\n`);
