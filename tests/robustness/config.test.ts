// Bad configuration never breaks anything: a malformed sysd.config.json or sysd.rules setting gets one clear diagnostic
// or message with a position, the defaults apply, and the server keeps answering.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { messageOf } from '../protocol/lsp-client';
import { assertHealthy, startServer, textAt, type AbusedServer } from './support';

/** A design with one finding of a known rule, whose severity the configuration changes. */
const DESIGN = 'service api "API" { instances: 2 }\ndatabase db "DB" { engine: postgres, backup: 1d }\napi -> db\n';
const SPOF = 'database-single-point-of-failure';
const DEFAULT_SEVERITY = 2;

interface Workspace {
  server: AbusedServer;
  configUri: string;
  designUri: string;
  messages: Array<{ type: number; message: string }>;
}

/** A server on a fresh workspace whose sysd.config.json holds `config` (a directory when `asDirectory`), answering `setting` for `sysd`. */
async function workspaceWith(config: string | undefined, setting: unknown = null, asDirectory = false): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), 'sysd-robust-config-'));
  const configPath = join(dir, 'sysd.config.json');
  if (asDirectory) mkdirSync(configPath);
  else if (config !== undefined) writeFileSync(configPath, config);
  const server = await startServer({ diagnosticsDelayMs: 0 }, pathToFileURL(dir).href);
  server.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => setting));
  const messages: Workspace['messages'] = [];
  server.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => { messages.push(params); });
  return { server, configUri: pathToFileURL(configPath).href, designUri: pathToFileURL(join(dir, 'design.sysd')).href, messages };
}

/** The design's finding once the configuration has settled (the setting is read after `initialized`). */
async function spofSeverity({ server, designUri }: Workspace): Promise<number | undefined> {
  server.open(designUri, DESIGN);
  await server.diagnostics(designUri);
  // A second round after the configuration request has surely been answered: a hover round-trip orders it.
  await server.request('textDocument/hover', { textDocument: { uri: designUri }, position: { line: 0, character: 9 } });
  server.change(designUri, `${DESIGN}\n`, 2);
  const diagnostics = await server.diagnostics(designUri, (p) => p.version === 2);
  return diagnostics.find((d) => d.code === SPOF)?.severity;
}

const BROKEN_FILES: Array<[string, string, RegExp]> = [
  ['bad JSON (a missing comma)', '{\n  "rules": {\n    "orphan-component": "off"\n    "missing-cdn": "off"\n  }\n}\n', /not valid JSON: comma expected/],
  ['a trailing comma', `{ "rules": { "${SPOF}": "off", } }`, /not valid JSON/],
  ['comments', `// team settings\n{ "rules": { "${SPOF}": "off" } }`, /not valid JSON/],
  ['an empty file', '', /not valid JSON/],
  ['binary garbage', '\u0000\u0001\u0002PNG\u00ff\u00fe', /not valid JSON/],
  ['a top-level array', `[{ "rules": { "${SPOF}": "off" } }]`, /in sysd\.config\.json: Expected object/],
  ['rules as an array', `{ "rules": ["${SPOF}"] }`, /'rules' in sysd\.config\.json: Expected object/],
  ['a numeric severity', `{ "rules": { "${SPOF}": 3 } }`, /'rules\.database-single-point-of-failure' in sysd\.config\.json: Expected 'off' \| 'hint'.*received number/],
  ['exclude as a string', '{ "exclude": "drafts/**" }', /'exclude' in sysd\.config\.json: Expected array/],
  ['an unknown setting', `{ "rulez": { "${SPOF}": "off" } }`, /Unknown setting 'rulez'.*Did you mean 'rules'\?/],
];

for (const [name, text, message] of BROKEN_FILES) {
  test(`sysd.config.json with ${name}: one error diagnostic with a position on the file, the defaults apply`, async () => {
    const workspace = await workspaceWith(text);
    try {
      const diagnostics: Diagnostic[] = await workspace.server.diagnostics(workspace.configUri);
      assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
      const [problem] = diagnostics;
      assert.equal(problem.severity, 1);
      assert.equal(problem.code, 'invalid-config');
      assert.match(messageOf(problem), message);
      assert.match(messageOf(problem), /uses the default configuration until this is fixed/);
      assert.ok(problem.range.start.line >= 0 && problem.range.end.line <= text.split('\n').length, 'a range inside the file');
      assert.equal(await spofSeverity(workspace), DEFAULT_SEVERITY, 'the default severity applies');
      await assertHealthy(workspace.server);
    } finally {
      await workspace.server.stop();
    }
  });
}

test('unknown rule ids in sysd.config.json: one warning each, on the id, with a did-you-mean; the valid entries still apply', async () => {
  const text = `{\n  "rules": {\n    "orphan-componnt": "off",\n    "${SPOF}": "error",\n    "no-such-rule": "off"\n  }\n}\n`;
  const workspace = await workspaceWith(text);
  try {
    const diagnostics = await workspace.server.diagnostics(workspace.configUri);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, textAt(text, d.range)]), [
      ['unknown-rule', 2, '"orphan-componnt"'],
      ['unknown-rule', 2, '"no-such-rule"'],
    ]);
    assert.match(messageOf(diagnostics[0]), /Did you mean 'orphan-component'\?/);
    assert.equal(await spofSeverity(workspace), 1, 'the valid entry (error) applies');
    await assertHealthy(workspace.server);
  } finally {
    await workspace.server.stop();
  }
});

test('a sysd.config.json that is a directory is treated as absent: defaults, no crash', async () => {
  const workspace = await workspaceWith(undefined, null, true);
  try {
    assert.equal(await spofSeverity(workspace), DEFAULT_SEVERITY);
    await assertHealthy(workspace.server);
  } finally {
    await workspace.server.stop();
  }
});

const BAD_SETTINGS: Array<[string, unknown, RegExp | undefined]> = [
  ['rules as a string', { rules: 'off' }, /"sysd\.rules" must be an object/],
  ['rules as an array', { rules: [SPOF] }, /"sysd\.rules" must be an object/],
  ['a numeric severity', { rules: { [SPOF]: 1 } }, new RegExp(`'${SPOF}' is set to 1`)],
  ['a nested object as severity', { rules: { [SPOF]: { level: 'off' } } }, new RegExp(`'${SPOF}' is set to \\{"level":"off"\\}`)],
  ['an unknown rule id', { rules: { 'orphan-componnt': 'off' } }, /unknown rule 'orphan-componnt'\. Did you mean 'orphan-component'\?/],
  ['the section as a number', 42, undefined],
  ['the section as a string', 'rules', undefined],
  ['rules as null', { rules: null }, undefined],
];

for (const [name, setting, message] of BAD_SETTINGS) {
  test(`the sysd.rules setting with ${name}: ${message ? 'one warning message' : 'ignored'}, the defaults apply`, async () => {
    const workspace = await workspaceWith(undefined, setting);
    try {
      assert.equal(await spofSeverity(workspace), DEFAULT_SEVERITY);
      const warnings = workspace.messages.filter((m) => m.type === 2);
      if (message) {
        assert.equal(warnings.length, 1, JSON.stringify(warnings));
        assert.match(warnings[0].message, message);
        assert.doesNotMatch(warnings[0].message, /\n\s+at /, 'no stack trace');
      } else {
        assert.deepEqual(warnings, []);
      }
      // The same bad setting pushed again is not repeated.
      void workspace.server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sysd: setting } });
      await spofSeverity({ ...workspace, designUri: workspace.designUri.replace('design', 'again') });
      assert.equal(workspace.messages.filter((m) => m.type === 2).length, message ? 1 : 0);
      await assertHealthy(workspace.server);
    } finally {
      await workspace.server.stop();
    }
  });
}

test('didChangeConfiguration with odd payloads (null, a string, a number, arrays) leaves the server right', async () => {
  const workspace = await workspaceWith(undefined);
  try {
    for (const settings of [null, 'sysd', 7, [], { sysd: null }, { sysd: 'x' }, { sysd: { rules: 5 } }, { sysd: [] }]) {
      void workspace.server.connection.sendNotification('workspace/didChangeConfiguration', { settings });
    }
    void workspace.server.connection.sendNotification('workspace/didChangeConfiguration', null);
    void workspace.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: workspace.configUri, type: 2 }, { uri: 'not a uri', type: 9 }] });
    void workspace.server.connection.sendNotification('workspace/didChangeWatchedFiles', null);
    assert.equal(await spofSeverity(workspace), DEFAULT_SEVERITY);
    await assertHealthy(workspace.server);
  } finally {
    await workspace.server.stop();
  }
});
