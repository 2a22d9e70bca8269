// sysd.config.json: parsing with exact error positions, unknown rules, finding the file, and the setting on top of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigNear } from '../../server/src/cli/config';
import { CONFIGURABLE_CODES, mergeConfig, parseConfigFile } from '../../server/src/language/config';
import { ConfigSchema, DEFAULT_CONFIG, RuleSeveritySchema } from '../../server/src/language/schema';
import { findings } from './rules-support';

const URI = 'file:///ws/sysd.config.json';

test('a valid file sets rule severities and options', () => {
  const { config, diagnostics } = parseConfigFile('{\n  "rules": { "orphan-component": "off", "shared-database": "error" },\n  "maxSyncDepth": 6\n}\n', URI);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(config.rules, { 'orphan-component': 'off', 'shared-database': 'error' });
  assert.equal(config.maxSyncDepth, 6);
  assert.equal(config.requireAllowReason, false);
});

test('a JSON syntax error is one error at the spot, and the defaults apply', () => {
  const { config, diagnostics } = parseConfigFile('{\n  "rules": {\n    "orphan-component": "off",\n  }\n}\n', URI);
  assert.equal(config, DEFAULT_CONFIG);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].uri, URI);
  assert.equal(diagnostics[0].severity, 'error');
  assert.equal(diagnostics[0].code, 'invalid-config');
  assert.deepEqual(diagnostics[0].range.start, { line: 3, character: 2 });
  assert.match(diagnostics[0].message, /not valid JSON.*default configuration/);
});

test('a bad severity is reported on its key, with the allowed values', () => {
  const { config, diagnostics } = parseConfigFile('{\n  "rules": {\n    "orphan-component": "loud"\n  }\n}\n', URI);
  assert.equal(config, DEFAULT_CONFIG);
  assert.equal(diagnostics.length, 1);
  assert.deepEqual(diagnostics[0].range, { start: { line: 2, character: 4 }, end: { line: 2, character: 22 } });
  assert.match(diagnostics[0].message, /'orphan-component' in sysd.config.json must be one of off, hint, info, warning, error, not "loud"/);
});

test('an unknown setting is reported on its key with a did-you-mean', () => {
  const { diagnostics } = parseConfigFile('{ "rules": {}, "requireAllowReasons": true }', URI);
  assert.equal(diagnostics.length, 1);
  assert.deepEqual(diagnostics[0].range.start, { line: 0, character: 15 });
  assert.match(diagnostics[0].message, /Unknown setting 'requireAllowReasons'.*Did you mean 'requireAllowReason'/);
});

test('a wrong type is reported on its key', () => {
  const { diagnostics } = parseConfigFile('{\n  "maxSyncDepth": "deep"\n}', URI);
  assert.equal(diagnostics.length, 1);
  assert.deepEqual(diagnostics[0].range.start, { line: 1, character: 2 });
  assert.match(diagnostics[0].message, /'maxSyncDepth'/);
});

test('an unknown rule id is a warning with a did-you-mean, and the rest of the file still applies', () => {
  const { config, diagnostics } = parseConfigFile('{ "rules": { "orphan-components": "off", "shared-database": "off" } }', URI);
  assert.equal(config.rules['shared-database'], 'off');
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].severity, 'warning');
  assert.equal(diagnostics[0].code, 'unknown-rule');
  assert.match(diagnostics[0].message, /Did you mean 'orphan-component'/);
});

test('the setting wins over the file, rule by rule; bad setting values are ignored', () => {
  const file = parseConfigFile('{ "rules": { "orphan-component": "off", "shared-database": "error" }, "maxSyncDepth": 3 }', URI).config;
  const merged = mergeConfig(file, { 'orphan-component': 'warning', 'missing-cdn': 'loud' });
  assert.deepEqual(merged.rules, { 'orphan-component': 'warning', 'shared-database': 'error' });
  assert.equal(merged.maxSyncDepth, 3);
  assert.equal(mergeConfig(file, undefined), file);
});

test('maxSyncDepth from the file changes deep-synchronous-chain', () => {
  // rules v2: the hop from the client does not count, so a → b → c → d is the 3 hops.
  const chain = 'client app "App"\nservice a "A" { instances: 2 }\nservice b "B" { instances: 2 }\nservice c "C" { instances: 2 }\nservice d "D" { instances: 2 }\napp -> a -> b -> c -> d\n';
  assert.equal(findings(chain, 'deep-synchronous-chain').length, 0);
  const { config } = parseConfigFile('{ "maxSyncDepth": 2 }', URI);
  const [finding] = findings(chain, 'deep-synchronous-chain', config);
  assert.match(finding.message, /app → a → b → c → d is 3 synchronous hops, more than 2/);
});

test('the nearest sysd.config.json is found walking up', () => {
  const findConfigFile = (dir: string) => loadConfigNear(dir).path;
  const root = mkdtempSync(join(tmpdir(), 'sysd-config-'));
  const nested = join(root, 'a', 'b');
  mkdirSync(nested, { recursive: true });
  assert.equal(findConfigFile(nested), undefined);
  writeFileSync(join(root, 'sysd.config.json'), '{}');
  assert.equal(findConfigFile(nested), join(root, 'sysd.config.json'));
  writeFileSync(join(root, 'a', 'sysd.config.json'), '{}');
  assert.equal(findConfigFile(nested), join(root, 'a', 'sysd.config.json'));
});

test('schemas/config.schema.json (editor completion for the file) lists every setting and every configurable rule', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8')) as {
    properties: Record<string, { properties?: Record<string, { enum: string[] }> }>;
  };
  assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(ConfigSchema.shape).sort());
  const rules = schema.properties.rules.properties!;
  assert.deepEqual(Object.keys(rules).sort(), [...CONFIGURABLE_CODES].sort());
  for (const entry of Object.values(rules)) assert.deepEqual(entry.enum, RuleSeveritySchema.options);
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { contributes: { jsonValidation: Array<{ fileMatch: string; url: string }> } };
  assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: 'sysd.config.json', url: './schemas/config.schema.json' }]);
});

test('settings that make sense per folder are resource-scoped; the trace and the machine-bound preview limits are window-scoped', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { contributes: { configuration: { properties: Record<string, { scope?: string }> } } };
  const scopes = Object.fromEntries(Object.entries(manifest.contributes.configuration.properties).map(([key, value]) => [key, value.scope]));
  assert.deepEqual(scopes, {
    'sysd.rules': 'resource',
    'sysd.trace.server': 'window',
    'sysd.preview.direction': 'resource',
    'sysd.preview.maxNodes': 'window',
    'sysd.preview.debounceMs': 'window',
  });
});
