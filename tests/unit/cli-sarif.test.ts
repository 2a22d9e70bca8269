// `sysd check --format sarif`: valid SARIF 2.1.0 with rule metadata, relative locations and @allow suppressions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULES } from '../../server/src/language/rules/registry';
import { FINDINGS_DESIGN, ROOT, sysd, workspace } from './cli-support';

// The OASIS SARIF 2.1.0 schema (the rtm.5 revision published on SchemaStore) is written in JSON Schema draft-04.
const sarifSchema = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const sarifValidator = ajv.compile(sarifSchema);
/** Validates without narrowing the checked value's type (ajv's validators are type guards). */
const validateSarif = Object.assign((data: unknown): boolean => sarifValidator(data), { get errors() { return sarifValidator.errors; } });

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }>;
  relatedLocations?: unknown[];
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; justification?: string }>;
}

async function sarif(args: string[], cwd = ROOT) {
  const run = await sysd(['check', '--format', 'sarif', ...args], cwd);
  return { run, log: JSON.parse(run.out) };
}

test('SARIF for the examples, the broken fixtures and a design with findings is valid against the SARIF 2.1.0 schema', async () => {
  const dir = workspace({ 'with space/a.sysd': FINDINGS_DESIGN });
  for (const [args, cwd] of [[['examples'], ROOT], [['tests/fixtures/bad'], ROOT], [['.'], dir]] as const) {
    const { log } = await sarif([...args], cwd);
    assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 5), null, 2));
    assert.equal(log.version, '2.1.0');
  }
});

test('every rule of the registry is described: id, descriptions, help markdown from its doc page, helpUri, level and category tag', async () => {
  const { log } = await sarif(['examples']);
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'sysd');
  for (const rule of RULES) {
    const descriptor = driver.rules.find((r: { id: string }) => r.id === rule.id);
    assert.ok(descriptor, rule.id);
    assert.equal(descriptor.shortDescription.text, rule.description);
    assert.match(descriptor.fullDescription.text, /^Fires when/);
    assert.equal(descriptor.help.markdown, readFileSync(path.join(ROOT, 'docs/rules', `${rule.id}.md`), 'utf8'));
    assert.ok(descriptor.help.text.length > 100);
    assert.equal(descriptor.helpUri, `https://github.com/sysd-dev/sysd/blob/main/docs/rules/${rule.id}.md`);
    assert.equal(descriptor.defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[rule.severity]);
    assert.ok(descriptor.properties.tags.includes(rule.category));
  }
});

test('results point at relative uris under %SRCROOT%, with one-based regions and stable fingerprints', async () => {
  const dir = workspace({ 'with space/a.sysd': FINDINGS_DESIGN });
  const { log, run } = await sarif(['.'], dir);
  assert.equal(run.code, 0);
  const sarifRun = log.runs[0];
  assert.equal(sarifRun.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(`${dir}/`).href);
  const results = sarifRun.results as SarifResult[];
  const cache = results.find((r) => r.ruleId === 'cache-without-expiry') as SarifResult;
  assert.equal(cache.level, 'warning');
  assert.deepEqual(cache.locations[0].physicalLocation.artifactLocation, { uri: 'with%20space/a.sysd', uriBaseId: '%SRCROOT%' });
  assert.equal(cache.locations[0].physicalLocation.region.startLine, 6);
  assert.equal(cache.locations[0].physicalLocation.region.startColumn, 7);
  assert.equal(sarifRun.tool.driver.rules[cache.ruleIndex].id, 'cache-without-expiry');
  assert.match(cache.partialFingerprints['sysdFinding/v1'], /^[0-9a-f]{16}:1$/);
  assert.equal(results.find((r) => r.ruleId === 'orphan-component')?.level, 'note');
});

test('@allow reasons become inSource suppressions with the reason as justification', async () => {
  const { log } = await sarif(['examples']);
  const suppressed = (log.runs[0].results as SarifResult[]).filter((r) => r.suppressions);
  // ride-hailing's backup trade-off, then url-shortener's public redirects.
  assert.equal(suppressed.length, 2);
  assert.equal(suppressed[0].ruleId, 'database-without-backup');
  assert.equal(suppressed[1].ruleId, 'missing-authentication');
  assert.deepEqual(suppressed[0].suppressions?.map((s) => s.kind), ['inSource']);
  assert.match(suppressed[0].suppressions?.[0].justification ?? '', /GPS traces are kept 90 days/);
});

test('an @allow without a reason is still a suppression, with no justification', async () => {
  const dir = workspace({ 'a.sysd': FINDINGS_DESIGN.replace('external geo', '@allow(orphan-component)\nexternal geo') });
  const { log } = await sarif(['.'], dir);
  const orphan = (log.runs[0].results as SarifResult[]).find((r) => r.ruleId === 'orphan-component');
  assert.deepEqual(orphan?.suppressions, [{ kind: 'inSource' }]);
  assert.ok(validateSarif(log));
});

test('syntax and schema problems get their own rule descriptors, tagged correctness', async () => {
  const { log } = await sarif(['tests/fixtures/bad']);
  const driver = log.runs[0].tool.driver;
  const syntax = driver.rules.find((r: { id: string }) => r.id === 'syntax-error');
  assert.equal(syntax.defaultConfiguration.level, 'error');
  assert.deepEqual(syntax.properties.tags, ['correctness']);
  for (const result of log.runs[0].results as SarifResult[]) assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
});
