// `sysd fmt`: rewrites in place, --check lists unformatted files, syntax errors are reported and skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../server/src/cli/main';
import type { Io } from '../../server/src/cli/io';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sysd-fmt-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => { out += t; }, err: (t) => { err += t; }, cwd, isTty: false };
  const code = await main(argv, io);
  return { code, out, err };
}

test('fmt rewrites unformatted files in place and leaves formatted ones alone', async () => {
  const dir = workspace({ 'a.sysd': 'service a{instances:3}\n', 'b.sysd': 'service b\n' });
  const result = await run(['fmt'], dir);
  assert.equal(result.code, 0);
  assert.equal(readFileSync(path.join(dir, 'a.sysd'), 'utf8'), 'service a { instances: 3 }\n');
  assert.equal(readFileSync(path.join(dir, 'b.sysd'), 'utf8'), 'service b\n');
  assert.match(result.err, /1 of 2 files reformatted/);
});

test('fmt --check lists unformatted files, writes nothing and exits 1', async () => {
  const dir = workspace({ 'a.sysd': 'service a{instances:3}\n', 'b.sysd': 'service b\n' });
  const result = await run(['fmt', '--check', '.'], dir);
  assert.equal(result.code, 1);
  assert.equal(result.out, 'a.sysd\n');
  assert.equal(readFileSync(path.join(dir, 'a.sysd'), 'utf8'), 'service a{instances:3}\n');
});

test('fmt --check exits 0 when everything is formatted', async () => {
  const dir = workspace({ 'b.sysd': 'service b\n' });
  assert.equal((await run(['fmt', '--check'], dir)).code, 0);
});

test('fmt reports a file with a syntax error, skips it, formats the rest and exits 2', async () => {
  const broken = 'service a { instances: 3\nservice   b\n';
  const dir = workspace({ 'bad.sysd': broken, 'good.sysd': 'service  c\n' });
  const result = await run(['fmt'], dir);
  assert.equal(result.code, 2);
  assert.match(result.err, /bad\.sysd:1:\d+ syntax error, skipped: Expected '\}'/);
  assert.equal(readFileSync(path.join(dir, 'bad.sysd'), 'utf8'), broken);
  assert.equal(readFileSync(path.join(dir, 'good.sysd'), 'utf8'), 'service c\n');
});

test('fmt --check counts a file with a syntax error as skipped, never as formatted', async () => {
  const dir = workspace({ 'bad.sysd': 'service a { instances: 3\n' });
  const result = await run(['fmt', '--check'], dir);
  assert.equal(result.code, 2);
  assert.match(result.err, /bad\.sysd:\d+:\d+ syntax error, skipped/);
  assert.doesNotMatch(result.err, /already formatted/);
  assert.match(result.err, /^1 file skipped \(syntax errors\)\.$/m);
});

test('fmt --check and fmt count skipped files apart from formatted ones in the summary', async () => {
  const files = { 'bad.sysd': 'service a { instances: 3\n', 'good.sysd': 'service b\n', 'messy.sysd': 'service  c\n' };
  const checked = await run(['fmt', '--check'], workspace(files));
  assert.equal(checked.code, 2);
  assert.equal(checked.out, 'messy.sysd\n');
  assert.match(checked.err, /^1 of 3 files need formatting: run 'sysd fmt' to fix\.\n1 file skipped \(syntax errors\)\.$/m);
  const clean = await run(['fmt', '--check'], workspace({ 'bad.sysd': files['bad.sysd'], 'good.sysd': files['good.sysd'] }));
  assert.match(clean.err, /^1 file already formatted\.\n1 file skipped \(syntax errors\)\.$/m);
  const written = await run(['fmt'], workspace(files));
  assert.equal(written.code, 2);
  assert.match(written.err, /^1 of 3 files reformatted\.\n1 file skipped \(syntax errors\)\.$/m);
});

test('fmt exits 2 on an unknown option or a missing path', async () => {
  const dir = workspace({});
  const unknown = await run(['fmt', '--wrong'], dir);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown option '--wrong'/);
  const missing = await run(['fmt', 'nope.sysd'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read 'nope\.sysd'/);
});
