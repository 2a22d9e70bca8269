// Two workspace folders with different sysd.config.json and different per-folder sysd.rules: each design gets its own
// folder's configuration, and its diagnostics are exactly what `sysd check` reports for that file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { messageOf, startClient, type TestClient } from './lsp-client';

const CLI = fileURLToPath(new URL('../../dist/cli/sysd.cjs', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'sysd-multi-root-'));
const folderA = join(root, 'a');
const folderB = join(root, 'b');
const folderC = join(root, 'c');

// One design with an orphan (hint by default), a cache without expiry (warning) and a lone database (warning).
const DESIGN = `client app "App" { type: mobile }
service api "API" { instances: 2 }
cache sessions "Sessions" { engine: redis }
database db "DB" { engine: postgres, backup: 1d }
external geo "Geo"
app -> api { protocol: https }
api -> sessions
api -> db
`;

const files: Record<string, string> = {
  'a/sysd.config.json': JSON.stringify({ rules: { 'orphan-component': 'off', 'cache-without-expiry': 'error' } }),
  'a/design.sysd': DESIGN,
  // Searched upward from the file: a/deep/er/ has no config of its own, so a's applies.
  'a/deep/er/design.sysd': DESIGN,
  'b/sysd.config.json': JSON.stringify({ rules: { 'orphan-component': 'warning', 'cache-without-expiry': 'off' } }),
  'b/design.sysd': DESIGN,
  // A nearer config inside folder b wins over b's, for the editor and the CLI alike.
  'b/team/sysd.config.json': JSON.stringify({ rules: { 'orphan-component': 'error' } }),
  'b/team/design.sysd': DESIGN,
  // A folder added after start-up, with no config file: only its own setting applies.
  'c/design.sysd': DESIGN,
};

let client: TestClient;
/** The sysd.rules setting each folder answers (resource scope), by scopeUri. */
const settingByFolder: Record<string, unknown> = {
  [pathToFileURL(folderA).href]: { rules: { 'database-single-point-of-failure': 'off' } },
  [pathToFileURL(folderB).href]: null,
  [pathToFileURL(folderC).href]: { rules: { 'orphan-component': 'error' } },
};
const scopesAsked: Array<string | undefined> = [];

before(async () => {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  client = await startClient(null, { diagnosticsDelayMs: 0 }, {}, [pathToFileURL(folderA).href, pathToFileURL(folderB).href]);
  client.connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string; section?: string }> }) =>
    params.items.map((item) => {
      scopesAsked.push(item.scopeUri);
      return item.scopeUri ? settingByFolder[item.scopeUri] ?? null : null;
    }));
});
after(async () => {
  await client.stop();
  rmSync(root, { recursive: true, force: true });
});

interface Finding { code: string; line: number; column: number; severity: string; message: string }
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

/** `sysd check --format json FILE` run from the file's workspace folder, as the "sysd: check" task does. */
function cliFindings(file: string, cwd: string, extra: string[] = []): Finding[] {
  const run = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...extra, file], { cwd, encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const report = JSON.parse(run.stdout) as { findings: Array<{ rule: string; severity: string; message: string; range: { start: { line: number; column: number } } }> };
  return report.findings.map((f) => ({ code: f.rule, line: f.range.start.line, column: f.range.start.column, severity: f.severity, message: f.message })).sort(byPlace);
}

function lspFindings(diagnostics: Diagnostic[]): Finding[] {
  return diagnostics.map((d) => ({ code: String(d.code), line: d.range.start.line + 1, column: d.range.start.character + 1, severity: SEVERITY[d.severity ?? 1], message: messageOf(d) })).sort(byPlace);
}

function byPlace(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}

/** The server's diagnostics for a file once the per-folder settings have been applied. */
async function editorFindings(name: string, settled: (f: Finding[]) => boolean): Promise<Finding[]> {
  const uri = pathToFileURL(join(root, name)).href;
  client.open(uri, files[name]);
  let last: Finding[] = [];
  await client.diagnostics(uri, (params: PublishDiagnosticsParams) => {
    last = lspFindings(params.diagnostics);
    return settled(last);
  }).catch(() => undefined);
  return last;
}

const codes = (findings: Finding[]) => findings.map((f) => `${f.code}:${f.severity}`).sort();

test('each folder\'s design gets that folder\'s sysd.config.json, equal to `sysd check` on the file', async () => {
  // The setting of folder a turns the database finding off there; the CLI has no settings, so it gets the same by flag.
  const aCli = cliFindings(join(folderA, 'design.sysd'), folderA);
  const aEditor = await editorFindings('a/design.sysd', (f) => !f.some((x) => x.code === 'database-single-point-of-failure'));
  assert.ok(codes(aCli).includes('cache-without-expiry:error'), `a's config makes the cache finding an error: ${codes(aCli)}`);
  assert.ok(!codes(aCli).some((c) => c.startsWith('orphan-component')), 'a turns the orphan finding off');
  assert.deepEqual(aEditor, aCli.filter((f) => f.code !== 'database-single-point-of-failure'), 'folder a: the editor is sysd check plus a\'s sysd.rules setting');

  const bCli = cliFindings(join(folderB, 'design.sysd'), folderB);
  const bEditor = await editorFindings('b/design.sysd', (f) => f.some((x) => x.code === 'database-single-point-of-failure'));
  assert.ok(codes(bCli).includes('orphan-component:warning'), `b's config makes the orphan a warning: ${codes(bCli)}`);
  assert.ok(!codes(bCli).some((c) => c.startsWith('cache-without-expiry')), 'b turns the cache finding off');
  assert.deepEqual(bEditor, bCli, 'folder b: the editor says exactly what sysd check says');
});

test('the config is found upward from the file: a nested design uses its folder\'s file, a nearer file wins, as in the CLI', async () => {
  const deepCli = cliFindings(join(folderA, 'deep/er/design.sysd'), folderA);
  assert.deepEqual(cliFindings('design.sysd', join(folderA, 'deep/er')), deepCli, 'the CLI finds a\'s config from the nested folder too');
  const deepEditor = await editorFindings('a/deep/er/design.sysd', (f) => !f.some((x) => x.code === 'database-single-point-of-failure'));
  assert.deepEqual(deepEditor, deepCli.filter((f) => f.code !== 'database-single-point-of-failure'));

  const teamCli = cliFindings(join(folderB, 'team/design.sysd'), folderB);
  assert.ok(codes(teamCli).includes('orphan-component:error'), `the nearer b/team/sysd.config.json applies: ${codes(teamCli)}`);
  assert.ok(codes(teamCli).includes('cache-without-expiry:warning'), 'b\'s own file does not apply under b/team');
  const teamEditor = await editorFindings('b/team/design.sysd', (f) => f.some((x) => x.code === 'orphan-component'));
  assert.deepEqual(teamEditor, teamCli);
});

test('the server asks for the sysd settings of each workspace folder by scopeUri', () => {
  assert.ok(scopesAsked.includes(pathToFileURL(folderA).href), `scopes asked: ${scopesAsked}`);
  assert.ok(scopesAsked.includes(pathToFileURL(folderB).href), `scopes asked: ${scopesAsked}`);
});

test('a folder added to the workspace later gets its own settings', async () => {
  await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
    event: { added: [{ uri: pathToFileURL(folderC).href, name: 'c' }], removed: [] },
  });
  const cEditor = await editorFindings('c/design.sysd', (f) => f.some((x) => x.code === 'orphan-component' && x.severity === 'error'));
  assert.ok(codes(cEditor).includes('orphan-component:error'), `folder c's sysd.rules applies: ${codes(cEditor)}`);
  assert.ok(scopesAsked.includes(pathToFileURL(folderC).href), 'the server asked for folder c\'s settings');
  // Apart from the setting, the file is what `sysd check` says (no config file above c).
  const cli = cliFindings(join(folderC, 'design.sysd'), folderC);
  assert.deepEqual(cEditor.filter((f) => f.code !== 'orphan-component'), cli.filter((f) => f.code !== 'orphan-component'));
});
