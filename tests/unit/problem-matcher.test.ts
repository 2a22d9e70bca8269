// The `$sysd` problem matcher and the `sysd` task type in package.json, against the real output of the bundled `sysd check`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BAD, FINDINGS_DESIGN, ROOT, workspace } from './cli-support';

const BIN = path.join(ROOT, 'dist/cli/sysd.cjs');
/** What the task runs: `sysd check` alone, bundled without the renderer. */
const TASK_BIN = path.join(ROOT, 'dist/cli/sysd-check.cjs');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

interface Pattern { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number }

before(() => {
  if (!existsSync(BIN) || !existsSync(TASK_BIN)) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  }
});

/** Runs the task's binary as the task does (`--no-color`, in the folder), with the terminal's colour hints set. */
function check(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [TASK_BIN, '--no-color', ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '1' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The full CLI's `sysd check`. */
function sysdCheck(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'check', '--no-color', ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const matcher = () => {
  const matchers = manifest.contributes.problemMatchers as Array<{ name: string; owner: string; fileLocation: unknown; pattern: Pattern }>;
  const sysd = matchers.find((m) => m.name === 'sysd');
  assert.ok(sysd, 'package.json contributes a problem matcher named sysd ($sysd)');
  return sysd;
};

test('every line of `sysd check` matches $sysd, and the groups give the file, position, severity, code and message', () => {
  const dir = workspace({
    'a.sysd': FINDINGS_DESIGN,
    'nested/deeper/b.sysd': 'service api "API" { instances: 2, colour: red }\napi ->\n',
  });
  for (const name of ['missing-brace.sysd', 'unterminated-string.sysd', 'wrong-unit.sysd']) copyFileSync(path.join(BAD, name), path.join(dir, name));
  const text = check(dir, []);
  assert.deepEqual(text, sysdCheck(dir, []), 'the task\'s binary prints exactly what `sysd check` prints');
  const json = JSON.parse(check(dir, ['--format', 'json']).out) as { findings: Array<{ file: string; range: { start: { line: number; column: number } }; severity: string; rule: string; message: string }> };
  assert.equal(text.code, 1, text.err);
  const { pattern } = matcher();
  const regexp = new RegExp(pattern.regexp);
  const lines = text.out.split('\n').filter((line) => line !== '');
  assert.equal(lines.length, json.findings.length);
  assert.ok(new Set(json.findings.map((f) => f.severity)).size >= 3, 'the fixture has errors, warnings and hints');
  lines.forEach((line, i) => {
    const match = regexp.exec(line);
    assert.ok(match, `$sysd does not match: ${line}`);
    const finding = json.findings[i];
    assert.deepEqual(
      { file: match[pattern.file], line: Number(match[pattern.line]), column: Number(match[pattern.column]), severity: match[pattern.severity], code: match[pattern.code], message: match[pattern.message] },
      { file: finding.file, line: finding.range.start.line, column: finding.range.start.column, severity: finding.severity, code: finding.rule, message: finding.message },
    );
    assert.ok(existsSync(path.join(dir, match[pattern.file])), 'the file is relative to the folder the task runs in');
  });
  // The summary on stderr is not a problem.
  for (const line of text.err.split('\n')) assert.equal(regexp.test(line), false, line);
});

test('a broken sysd.config.json is reported on stderr in the same format, and $sysd matches it', () => {
  const dir = workspace({ 'a.sysd': 'service a\n', 'sysd.config.json': '{ "rules": { "orphan-componen": "off" } }' });
  const run = check(dir, []);
  assert.deepEqual(run, sysdCheck(dir, []));
  const line = run.err.split('\n').find((l) => l.startsWith('sysd.config.json:'));
  assert.ok(line, run.err);
  const match = new RegExp(matcher().pattern.regexp).exec(line);
  assert.ok(match);
  assert.equal(match[matcher().pattern.code], 'unknown-rule');
  assert.equal(match[matcher().pattern.severity], 'warning');
});

test('the sysd task type is declared with the check command, and the matcher reads paths from the folder', () => {
  const definition = (manifest.contributes.taskDefinitions as Array<{ type: string; required: string[]; properties: Record<string, { enum?: string[] }> }>).find((d) => d.type === 'sysd');
  assert.ok(definition);
  assert.deepEqual(definition.required, ['command']);
  assert.deepEqual(definition.properties.command.enum, ['check']);
  assert.deepEqual(matcher().fileLocation, ['autoDetect', '${workspaceFolder}']);
  // Not the language client's collection name (sysd): markers of one owner on one file replace each other.
  assert.equal(matcher().owner, 'sysd-check');
  // The task runs the bundled CLI, so the .vsix must carry it.
  assert.match(readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!dist\/cli\/sysd-check\.cjs$/m);
});
