// The benchmark runner (bundled by scripts/bench.mjs, run by plain node): stage sizes in fresh processes, then every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Row, RunOptions } from './measure';
import { describeMachine, issue20Sections, machine, markdown, stageTable, suiteTable, type BenchResults, type SuiteRow } from './report';
import { runStages, type SizeResult } from './stages';

/** Where the bundles are (this file's directory once built) and the repository root two levels up. */
const built = dirname(process.argv[1]);
const root = resolve(built, '../..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };

async function child(n: number, smoke: boolean): Promise<void> {
  const result = await runStages(n, { smoke });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Each size in a fresh process: the cold figures are true first calls and the peak RSS is that size's alone. */
function stagesInFreshProcess(n: number, smoke: boolean): SizeResult {
  const out = spawnSync(process.execPath, ['--expose-gc', process.argv[1], '--stages-child', String(n), ...(smoke ? ['--smoke'] : [])], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20,
  });
  if (out.status !== 0) throw new Error(`stage benchmark for N=${n} failed (exit ${out.status ?? out.signal})`);
  return JSON.parse(out.stdout.trim().split('\n').pop() as string) as SizeResult;
}

const failures: string[] = [];

async function suites(options: RunOptions, only: string[] | undefined): Promise<SuiteRow[]> {
  const rows: SuiteRow[] = [];
  const files = readdirSync(built).filter((f) => f.endsWith('.bench.mjs')).sort();
  for (const file of files) {
    const suite = file.replace('.bench.mjs', '');
    if (only && !only.includes(suite)) continue;
    const started = Date.now();
    try {
      const module = (await import(pathToFileURL(join(built, file)).href)) as { run: (options?: RunOptions) => Promise<Row[]> };
      for (const row of await module.run(options)) rows.push({ suite, ...row });
      console.error(`  ${suite}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      // One broken suite does not lose the others' figures; the run still fails at the end.
      failures.push(`${suite}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      console.error(`  ${suite}: FAILED ${error instanceof Error ? error.message.slice(0, 2000) : String(error)}`);
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const smoke = flag('--smoke');
  if (smoke) process.env.SYSD_BENCH_SMOKE = '1';
  const stagesChild = value('--stages-child');
  if (stagesChild) return child(Number(stagesChild), smoke);

  const sizes = (value('--sizes') ?? (smoke ? '50,200' : '50,200,1000,10000')).split(',').map(Number).filter((n) => n > 0);
  const only = value('--only')?.split(',');
  const results: BenchResults = { machine: machine(), smoke, sizes: [], suites: [] };
  console.log(`machine: ${describeMachine(results.machine)}${smoke ? ' — smoke mode: figures are not meaningful' : ''}`);

  if (!only || only.includes('stages')) {
    for (const n of sizes) {
      const started = Date.now();
      // Smoke mode stays in this process: starting a process per size costs more than the small sizes themselves.
      results.sizes.push(smoke ? await runStages(n, { smoke }) : stagesInFreshProcess(n, smoke));
      console.error(`  stages N=${n}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    console.log(`\n${stageTable(results.sizes)}\n`);
  }
  results.suites = await suites({ smoke }, only?.filter((s) => s !== 'stages'));
  console.log(`\n${suiteTable(results.suites)}\n`);
  const before = join(root, 'bench/baselines/quality-before.json');
  if (existsSync(before)) results.qualityBefore = (JSON.parse(readFileSync(before, 'utf8')) as { rows: Row[] }).rows;
  const sections = issue20Sections(results.suites, results.qualityBefore);
  if (sections.length) console.log(`${sections.join('\n')}\n`);

  // `npm run package` builds dist/sysd.vsix; --vsix names another package (e.g. one built in a copy of the tree).
  const vsix = resolve(value('--vsix') ?? join(root, 'dist/sysd.vsix'));
  if (existsSync(vsix)) results.vsixBytes = statSync(vsix).size;
  const report = markdown(results);
  console.log(report.slice(report.indexOf('### Targets'), report.indexOf('### Core stages')));
  // Smoke runs keep their own files, so a CI run never replaces the figures of a real run.
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const base = smoke ? 'smoke' : only ? 'partial' : 'latest';
  writeFileSync(join(dir, `${base}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(dir, `${base}.md`), report);
  console.log(`wrote bench/results/${base}.json and bench/results/${base}.md`);
  if (failures.length > 0) {
    console.error(`\n${failures.length} suite(s) failed:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
