// The built `sysd` binary (dist/cli/sysd.cjs, package.json `bin`): exit codes, streams, no stack traces, self-contained.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './cli-support';

const BIN = path.join(ROOT, 'dist/cli/sysd.cjs');

before(() => {
  // `npm test` builds first; when the unit tests run alone, build so the binary under test is the current code.
  if (!existsSync(BIN) || !existsSync(path.join(ROOT, 'dist/fonts/OFL.txt'))) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  }
});

function run(args: string[], options: { cwd?: string; bin?: string } = {}) {
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('package.json declares the bundle as the sysd bin, and the bundle starts with a node shebang', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.bin.sysd, './dist/cli/sysd.cjs');
  assert.match(readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

test('exit codes of the binary: 0 clean, 1 findings, 2 usage and I/O errors', () => {
  const clean = run(['check', 'examples']);
  assert.equal(clean.code, 0);
  assert.equal(clean.out, '');
  assert.match(clean.err, /4 files checked: 0 errors/);
  const findings = run(['check', 'tests/fixtures/bad']);
  assert.equal(findings.code, 1);
  assert.match(findings.out, /^tests\/fixtures\/bad\/missing-brace\.sysd:23:13 error syntax-error /m);
  for (const args of [['check', '--nope'], ['check', 'missing.sysd'], ['export', 'examples/chat-system.sysd', '-f', 'svg'], ['explain', 'nope'], ['frobnicate'], []]) {
    const usage = run(args);
    assert.equal(usage.code, 2, args.join(' '));
    assert.doesNotMatch(usage.err, /\n\s+at /, `no stack trace for ${args.join(' ')}`);
  }
});

test('--version and --help work from the binary', () => {
  const version = run(['--version']);
  assert.equal(version.code, 0);
  assert.equal(version.out.trim(), JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  const help = run(['check', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /--format FORMAT/);
});

test('the bundle is self-contained: a copy outside the project checks designs and writes SARIF', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sysd-bin-'));
  const copy = path.join(dir, 'sysd.cjs');
  copyFileSync(BIN, copy);
  const result = run(['check', '--format', 'sarif', path.join(ROOT, 'examples')], { cwd: dir, bin: copy });
  assert.equal(result.code, 0, result.err);
  const log = JSON.parse(result.out);
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs[0].tool.driver.rules.length >= 25, true);
  const explain = run(['explain', 'queue-without-dlq'], { cwd: dir, bin: copy });
  assert.equal(explain.out, readFileSync(path.join(ROOT, 'docs/rules/queue-without-dlq.md'), 'utf8'), 'rule docs are embedded');
});

test('the npm package ships the diagram font and its licence beside the bundle (render reads them from there)', () => {
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  const files = (JSON.parse(pack.stdout) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path);
  for (const file of ['dist/cli/sysd.cjs', 'dist/fonts/Arimo-Regular.ttf', 'dist/fonts/Arimo-Bold.ttf', 'dist/fonts/OFL.txt']) {
    assert.ok(files.includes(file), `${file} is not in the npm package: ${files.filter((f) => f.startsWith('dist/')).join(', ')}`);
  }
});

test('npx sysd runs the package bin', () => {
  const result = spawnSync('npx', ['--no-install', 'sysd', 'rules', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.ok(JSON.parse(result.stdout).length >= 25);
});
