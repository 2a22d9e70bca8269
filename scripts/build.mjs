// Bundles the extension client, the language server and the CLI with esbuild.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { writeRules } from './rules-registry.mjs';
import { GENERATED as ENGINE_MARKS, engineMarksSource } from './engine-marks.mjs';
import { writeKindLists } from './kind-lists.mjs';

const production = process.argv.includes('--production');
rmSync('dist', { recursive: true, force: true });
// The registry, id list, config schema entries and embedded docs come from the rules folder and docs/rules: refresh them first.
writeRules();
// The product marks come from simple-icons in node_modules, only those engineMarks.json names.
writeFileSync(ENGINE_MARKS, engineMarksSource());
// The grammar's and the JSON schema's kind lists come from the kind descriptors (server/src/language/kinds/).
await writeKindLists();

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const web = { platform: 'browser', format: 'iife', target: 'es2022' };

/** Each bundle: [entry, outfile, extra options]. Other bundles (webview, layout worker) add themselves here. */
export const bundles = [
  ['client/src/extension.ts', 'dist/client/extension.cjs', { external: ['vscode'] }],
  ['server/src/lsp/main.ts', 'dist/server/server.cjs', {}],
  // resvg is a native module the CLI loads from its npm dependencies (only `sysd render --format png` needs it).
  // The sources find the diagram font through import.meta.url, the bundle through __dirname (cli/fonts.ts).
  ['server/src/cli/sysd.ts', 'dist/cli/sysd.cjs', { banner: { js: '#!/usr/bin/env node' }, external: ['@resvg/resvg-js'], logOverride: { 'empty-import-meta': 'silent' } }],
  // `sysd check` alone for the editor's task: the same code without ELK and the renderer (see cli/sysdCheck.ts).
  ['server/src/cli/sysdCheck.ts', 'dist/cli/sysd-check.cjs', {}],
  // The preview's script runs in the webview.
  ['client/src/webview/main.ts', 'dist/webview/preview.js', { platform: 'browser', format: 'iife', target: 'es2022' }],
  // The web extension (package.json `browser`): the client in the web extension host, the server and the layout in web
  // workers. `platform: 'browser'` makes any node import a build error (tests/web checks the output too).
  ['client/src/browserExtension.ts', 'dist/web/extension.js', { ...web, format: 'cjs', external: ['vscode'] }],
  ['server/src/lsp/browserMain.ts', 'dist/web/server.js', web],
  // ELK and the SVG renderer: a web worker in the browser, a worker_thread of the extension host on the desktop
  // (nodeLayoutWorker.ts gives it the web worker's `self`): one copy of ELK in the package.
  ['client/src/preview/layoutWorkerWeb.ts', 'dist/web/layoutWorker.js', web],
];

await Promise.all(bundles.map(([entryPoint, outfile, extra]) => build({ ...node, entryPoints: [entryPoint], outfile, ...extra })));
// The CLI is the package's `bin`: executable, so `npx sysd` works in a checkout too (npm sets the bit on install).
chmodSync('dist/cli/sysd.cjs', 0o755);
copyDiagramFont();
copyTemplates();
console.log(`built ${bundles.length} bundles${production ? ' (production)' : ''}`);

/**
 * The diagram font (Arimo, SIL OFL 1.1: free to bundle with its licence) goes into dist/fonts for the CLI's PNGs and
 * the preview's @font-face; copied from its npm package rather than committed. Names as in server/src/diagram/font.ts.
 */
function copyDiagramFont() {
  const from = 'node_modules/@expo-google-fonts/arimo';
  mkdirSync('dist/fonts', { recursive: true });
  copyFileSync(`${from}/400Regular/Arimo_400Regular.ttf`, 'dist/fonts/Arimo-Regular.ttf');
  copyFileSync(`${from}/700Bold/Arimo_700Bold.ttf`, 'dist/fonts/Arimo-Bold.ttf');
  copyFileSync(`${from}/LICENSE_FONT`, 'dist/fonts/OFL.txt');
}

/**
 * "New Design from Template" offers the example designs and the blank outline: copied from examples/ and templates/
 * into dist/templates, so the examples stay the one copy of each classic problem (client/src/templates/catalog.ts).
 */
function copyTemplates() {
  mkdirSync('dist/templates', { recursive: true });
  for (const folder of ['examples', 'templates']) {
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.sysd'))) copyFileSync(`${folder}/${name}`, `dist/templates/${name}`);
  }
}
