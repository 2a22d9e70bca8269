// The web extension's bundles in Chromium: the browser language server in a web worker, spoken to over postMessage by a
// harness page playing VS Code's part (it serves the workspace's files when the server asks), and the preview's layout
// in a web worker drawing the SVG. Needs `npm run build` first (npm test builds).
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { startClient } from '../protocol/lsp-client';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB_BUNDLES = ['dist/web/extension.js', 'dist/web/server.js', 'dist/web/layoutWorker.js'];
/** The workspace as github.dev names it: the server must read it through the client, never from a disk. */
const WORKSPACE = 'vscode-vfs://github/sysd-dev/shop/';
const SHOP = `${WORKSPACE}shop.sysd`;
const SHOP_TEXT = readFileSync(join(ROOT, 'tests/web/workspace/shop.sysd'), 'utf8');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.sysd': 'text/plain' };

let server: Server;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
let webInitialize: InitializeResult;

/** Serves the harness, the built web bundles and the test workspace; nothing else of the repository. */
async function serve(harness: string): Promise<string> {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = path === '/' ? null
      : path.startsWith('/dist/web/') ? normalize(join(ROOT, path))
      : path.startsWith('/workspace/') ? normalize(join(ROOT, 'tests/web', path))
      : undefined;
    if (file === null) {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(`<!DOCTYPE html><html><body><div id="diagram"></div><script>${harness}</script></body></html>`);
      return;
    }
    if (!file || !file.startsWith(join(ROOT, path.startsWith('/dist/') ? 'dist' : 'tests/web/workspace') + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

before(async () => {
  for (const bundle of WEB_BUNDLES) assert.ok(existsSync(join(ROOT, bundle)), `${bundle} is built (npm run build)`);
  const harness = await build({
    entryPoints: [join(ROOT, 'tests/web/harness.ts')], bundle: true, write: false, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'warning',
  });
  const url = await serve(harness.outputFiles[0].text);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') pageErrors.push(message.text()); });
  page.on('response', (response) => { if (response.status() >= 400) pageErrors.push(`${response.status()} ${response.url()}`); });
  await page.goto(url);
  webInitialize = await page.evaluate((root) => (globalThis as never as Harness).sysd.start({ root, servedFrom: '/workspace/', designs: ['shop.sysd', 'shared/data.sysd'] }), WORKSPACE) as InitializeResult;
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Harness {
  sysd: {
    start(workspace: { root: string; servedFrom: string; designs: string[] }): Promise<unknown>;
    open(uri: string, text: string, version?: number): Promise<void>;
    diagnostics(uri: string, version?: number): Promise<Array<{ code?: string; range: { start: { line: number; character: number } }; message: string }>>;
    request(method: string, params: unknown): Promise<unknown>;
    draw(diagram: unknown): Promise<{ width: number; height: number; direction: string }>;
    asked: string[];
  };
}

const harness = <R>(run: (sysd: Harness['sysd'], arg: never) => R | Promise<R>, arg?: unknown): Promise<R> =>
  page.evaluate(({ source, arg: value }) => new Function('sysd', 'arg', `return (${source})(sysd, arg)`)((globalThis as never as Harness).sysd, value), { source: run.toString(), arg }) as Promise<R>;

test('the browser bundles import nothing of node (no fs, no node: modules)', () => {
  const builtins = new Set(builtinModules.filter((name) => !name.startsWith('_')));
  for (const bundle of WEB_BUNDLES) {
    const text = readFileSync(join(ROOT, bundle), 'utf8');
    assert.doesNotMatch(text, /["']node:[a-z_/]+["']/, `${bundle} names a node: module`);
    // A bare require() call (lodash's guarded `freeModule.require("util")` is a property call, dead in a browser).
    const required = [...text.matchAll(/(?<![.\w$])require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    assert.deepEqual(required.filter((name) => builtins.has(name)), [], `${bundle} requires node modules`);
    assert.deepEqual([...new Set(required)], bundle.endsWith('extension.js') ? ['vscode'] : [], `${bundle} requires only what the host provides`);
  }
});

test('the server in a web worker announces the same features as the desktop server', async () => {
  const desktop = await startClient(null);
  try {
    assert.deepEqual(webInitialize.serverInfo, desktop.initializeResult.serverInfo);
    assert.deepEqual(webInitialize.capabilities, desktop.initializeResult.capabilities);
  } finally {
    await desktop.stop();
  }
  assert.ok(webInitialize.capabilities.hoverProvider, 'hover is among them');
});

test('diagnostics in the browser: imports and sysd.config.json are read through the client', async () => {
  await harness((sysd, arg: { uri: string; text: string }) => sysd.open(arg.uri, arg.text), { uri: SHOP, text: SHOP_TEXT });
  const diagnostics = await harness((sysd, uri: string) => sysd.diagnostics(uri, 1), SHOP);
  // `orders` comes from ./shared/data.sysd; missing-load-balancer and missing-observability are off in the workspace's sysd.config.json.
  assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [
    ['missing-rate-limit', 4, 8],
    ['unresolved-reference', 7, 7],
  ]);
  assert.match(diagnostics[1].message, /Unknown component 'payments'/);
  const asked = await harness((sysd) => sysd.asked);
  assert.ok(asked.includes('sysd/readFile'), `the server asked the client for files: ${asked.join(', ')}`);
});

test('hover in the browser explains an imported component', async () => {
  // `api -> orders` (line 7): hover on `orders`, declared in ./shared/data.sysd.
  const hover = await harness((sysd, uri: string) => sysd.request('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 9 } }), SHOP) as { contents: { value: string } } | null;
  assert.ok(hover, 'a hover');
  assert.match(hover.contents.value, /Orders/);
  assert.match(hover.contents.value, /database/i);
  assert.match(hover.contents.value, /data\.sysd/);
});

test('sysd/diagram in the browser, laid out by the layout web worker into an SVG', async () => {
  const result = await harness((sysd, uri: string) => sysd.request('sysd/diagram', { uri }), SHOP) as { version: number; diagram: { nodes: Array<{ id: string }> } };
  assert.equal(result.version, 1);
  assert.deepEqual(result.diagram.nodes.map((n) => n.id).sort(), ['api', 'orders', 'web']);
  const drawn = await harness((sysd, diagram: unknown) => sysd.draw(diagram), result.diagram);
  assert.equal(drawn.direction, 'right');
  assert.ok(drawn.width > 100 && drawn.height > 50, `a picture of some size: ${drawn.width}×${drawn.height}`);
  const nodes = await page.$$eval('#diagram svg g.node', (gs) => gs.map((g) => [g.getAttribute('data-id'), g.getAttribute('data-kind'), g.textContent]));
  assert.deepEqual(nodes.map(([id, kind]) => [id, kind]).sort(), [['api', 'service'], ['orders', 'database'], ['web', 'client']]);
  assert.match(String(nodes.find(([id]) => id === 'orders')?.[2]), /Orders/);
  const edges = await page.$$eval('#diagram svg g.edge', (gs) => gs.map((g) => g.getAttribute('data-id')).sort());
  assert.deepEqual(edges, ['api->orders', 'web->api']);
  // The boxes were laid out: ELK placed them apart (a fake or failed layout stacks them at the origin).
  const boxes = await page.$$eval('#diagram svg g.node', (gs) => gs.map((g) => { const r = g.getBoundingClientRect(); return [Math.round(r.x), Math.round(r.y)]; }));
  assert.equal(new Set(boxes.map((b) => b.join(','))).size, 3);
  assert.deepEqual(pageErrors, []);
});

test('import-path completion in the browser offers the workspace designs the client listed', async () => {
  const uri = `${WORKSPACE}flows/checkout.sysd`;
  await harness((sysd, arg: { uri: string }) => sysd.open(arg.uri, 'import "../"\nservice checkout\n'), { uri });
  const completion = await harness((sysd, arg: string) => sysd.request('textDocument/completion', { textDocument: { uri: arg }, position: { line: 0, character: 11 } }), uri) as { items: Array<{ label: string }> } | Array<{ label: string }>;
  const items = Array.isArray(completion) ? completion : completion.items;
  assert.deepEqual(items.map((i) => i.label), ['../shared/data.sysd', '../shop.sysd']);
  const asked = await harness((sysd) => sysd.asked);
  assert.ok(asked.includes('sysd/listDesigns'));
});
