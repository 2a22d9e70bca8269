// Bundles the benchmarks like the product ships (esbuild, no keepNames) into out/bench and runs them with plain node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// Not dist/: `npm run build` empties dist, and other work may run it while a long benchmark is going. The smoke run
// (in npm test) has its own directory, so it never pulls the bundles from under a full run.
const out = process.argv.includes('--smoke') ? 'out/bench-smoke' : 'out/bench';
rmSync(out, { recursive: true, force: true });

const node = { bundle: true, platform: 'node', target: 'node20', logLevel: 'error', legalComments: 'none', sourcemap: 'linked' };
const suites = readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).map((f) => `bench/${f}`);

await Promise.all([
  // The runner and every suite share chunks; bench code finds the examples relative to its source (bench/), not out/.
  build({
    ...node,
    entryPoints: ['bench/run.ts', ...['bench/activation.ts'].filter((f) => existsSync(f)), ...suites],
    outdir: out,
    format: 'esm',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    define: { 'import.meta.url': JSON.stringify(pathToFileURL('bench/run.ts').href) },
    // CommonJS dependencies (elkjs, vscode-jsonrpc) call require: give ESM bundles one.
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    // D2 finds its wasm and worker next to its own files: loaded from node_modules, not bundled.
    external: ['@terrastruct/d2'],
  }),
  // The language server as `sysd lsp --stdio` runs it, for the protocol benchmark.
  build({ ...node, entryPoints: ['server/src/cli/sysd.ts'], outfile: `${out}/sysd.cjs`, format: 'cjs', external: ['@resvg/resvg-js'], logOverride: { 'empty-import-meta': 'silent' } }),
  // The extension as packaged (minified), with its server beside it, for the activation benchmark.
  build({ ...node, entryPoints: ['client/src/extension.ts'], outfile: `${out}/extension/dist/client/extension.cjs`, format: 'cjs', minify: true, sourcemap: false, external: ['vscode'] }),
  build({ ...node, entryPoints: ['server/src/lsp/main.ts'], outfile: `${out}/extension/dist/server/server.cjs`, format: 'cjs', minify: true, sourcemap: false }),
]);

const run = spawnSync(process.execPath, [`${out}/run.mjs`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
