// Runs the fuzzer as the product runs: bundled by esbuild (no keepNames wrappers, which slow the parser ~2x under tsx), under plain node.
// Usage: node tests/fuzz/run.mjs [--runs N] [--seed S]   (env FUZZ_RUNS / FUZZ_SEED / FUZZ_ONLY / FUZZ_PATH work too)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};

// Outside dist/ so a concurrent `npm run build` (which empties dist/) cannot remove it mid-run.
const outdir = 'node_modules/.cache/sysd-fuzz';
mkdirSync(outdir, { recursive: true });
const outfile = `${outdir}/fuzz.test.cjs`;
await build({
  entryPoints: ['tests/fuzz/fuzz.test.ts'], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
  sourcemap: 'inline', logLevel: 'warning',
});

const runs = option('runs') ?? process.env.FUZZ_RUNS ?? '100000';
// A fresh seed every full run finds new cases; it is printed so any failure replays with FUZZ_SEED.
const seed = option('seed') ?? process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`sysd fuzz: ${runs} inputs, seed ${seed}`);
const started = Date.now();
const result = spawnSync(process.execPath, ['--enable-source-maps', outfile], {
  stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
console.log(`sysd fuzz: ${runs} inputs in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${seed}${result.status === 0 ? '' : ' — FAILED'}`);
process.exit(result.status ?? 1);
