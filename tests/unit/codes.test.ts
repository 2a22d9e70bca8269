// The registry of the core's diagnostic codes: every code a diagnostic carries is registered (a core code or a rule),
// each core code is reported with the registry's severity, and the registry holds no code nothing reports.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { analyze, failedAnalysis } from '../../server/src/language/analysis';
import { codeInfo } from '../../server/src/cli/catalog';
import { CORE_CODES, isCoreCode } from '../../server/src/language/codes';
import { parseConfigFile } from '../../server/src/language/config';
import type { Diagnostic } from '../../server/src/language/diagnostics';
import type { SourceHost } from '../../server/src/language/model';
import { isRuleId } from '../../server/src/language/rules/ids';
import { DEFAULT_CONFIG } from '../../server/src/language/schema';

const ROOT = resolve(import.meta.dirname, '../..');

function designsUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.sysd'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function memoryHost(files: Record<string, string>): SourceHost {
  return { read: (uri) => files[uri], resolve: (from, path) => new URL(path, from).href };
}

/** Small designs for the core codes the fixtures may not reach, each named after the code it shows. */
const SMALL: Record<string, string> = {
  'syntax-error': 'service api {',
  'unknown-property': 'service api { colour: 1 }',
  'duplicate-property': 'service api { timeout: 5s, timeout: 6s }',
  'invalid-value': 'service api { instances: "two" }',
  'value-out-of-range': 'service api { instances: 0 }',
  'unknown-enum-value': 'database db { consistency: smoke }',
  'unknown-engine': 'database db { engine: "foodb" }',
  'duplicate-id': 'service api\nservice api',
  'non-ascii-id': 'service café',
  'unresolved-reference': 'service api\napi -> nowhere',
  'wrong-reference-kind': 'service api\nqueue jobs { dlq: api }',
  'duplicate-design': 'design "A" {}\ndesign "B" {}',
  'misplaced-design': 'service api\ndesign "A" {}',
  'duplicate-scale': 'scale { users: 1M }\nscale { users: 2M }',
  'misplaced-scale': 'group g { scale { users: 1M } }',
  'misplaced-import': 'group g { import "./x.sysd" }',
  'import-not-found': 'import "./missing.sysd"',
  'import-cycle': 'import "./small-import-cycle.sysd"',
  'unknown-annotation': '@deprecated\nservice api',
  'unknown-rule': '@allow(no-such-rule, "because")\nservice api',
  'unused-allow': '@allow(missing-timeout, "because")\nservice api',
  'allow-without-reason': '@allow(orphan-component)\nservice api',
  'flow-step-not-connected': 'service api\nservice db\nflow f { api -> db }',
  'empty-view': 'service api\nview v { include: [api], exclude: [api] }',
};

function everyDiagnostic(): Diagnostic[] {
  const all: Diagnostic[] = [];
  for (const path of [...designsUnder(join(ROOT, 'tests/fixtures')), ...designsUnder(join(ROOT, 'examples'))]) {
    const uri = `file://${path}`;
    const analysis = analyze(uri, memoryHost({ [uri]: readFileSync(path, 'utf8') }));
    all.push(...analysis.model.diagnostics, ...analysis.findings);
  }
  for (const [name, text] of Object.entries(SMALL)) {
    const uri = `file:///w/small-${name}.sysd`;
    const analysis = analyze(uri, memoryHost({ [uri]: text }), { ...DEFAULT_CONFIG, requireAllowReason: true });
    all.push(...analysis.model.diagnostics, ...analysis.findings);
  }
  all.push(...parseConfigFile('{ "rules": ', 'file:///w/sysd.config.json').diagnostics);
  all.push(...parseConfigFile('{ "rules": { "no-such-rule": "off" } }', 'file:///w/sysd.config.json').diagnostics);
  all.push(...failedAnalysis('file:///w/x.sysd', new Error('boom')).diagnostics);
  return all;
}

const diagnostics = everyDiagnostic();

test('every code a diagnostic carries is registered: a core code or a rule id', () => {
  const unregistered = [...new Set(diagnostics.map((d) => d.code))].filter((code) => !isCoreCode(code) && !isRuleId(code));
  assert.deepEqual(unregistered, []);
});

test("core codes are reported with the registry's severity (the default configuration)", () => {
  const wrong = diagnostics
    .filter((d) => isCoreCode(d.code) && d.severity !== CORE_CODES[d.code].severity)
    .map((d) => `${d.code}: ${d.severity}, registered ${isCoreCode(d.code) ? CORE_CODES[d.code].severity : ''}`);
  assert.deepEqual([...new Set(wrong)], []);
});

test('every registered core code is reported by some design (the registry keeps no dead codes)', () => {
  const seen = new Set(diagnostics.map((d) => d.code));
  assert.deepEqual(Object.keys(CORE_CODES).filter((code) => !seen.has(code)), []);
});

test("the CLI's catalog takes a core code's severity and description from the registry", () => {
  for (const [code, { severity, description }] of Object.entries(CORE_CODES)) {
    const info = codeInfo(code);
    assert.deepEqual([info.severity, info.description, info.isRule], [severity, description, false], code);
  }
});
