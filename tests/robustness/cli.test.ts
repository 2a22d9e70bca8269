// The CLI given what is not a design — an empty directory, a binary file, a missing file, an unreadable file — exits 2
// with one clear line per problem and no stack trace, whichever command reads it. Runs the built CLI as a process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli/sysd.cjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sysd-robust-cli-'));
mkdirSync(join(dir, 'empty'));
mkdirSync(join(dir, 'only-text'));
writeFileSync(join(dir, 'only-text', 'notes.md'), '# not a design\n');
// A PNG header and random-looking bytes, under a .sysd name and under its own.
const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00, 0x80]);
writeFileSync(join(dir, 'binary.sysd'), binary);
writeFileSync(join(dir, 'image.png'), binary);
writeFileSync(join(dir, 'latin1.sysd'), Buffer.from('service caf\xe9 "Caf\xe9"\n', 'latin1'));
writeFileSync(join(dir, 'locked.sysd'), 'service api "API"\nclient web\nweb -> api\n');
chmodSync(join(dir, 'locked.sysd'), 0o000);

function sysd(...args: string[]): { code: number | null; err: string; out: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, err: run.stderr, out: run.stdout };
}

/** Exit 2, the expected message, and nothing that looks like a stack trace or an internal error. */
function assertRefused(run: ReturnType<typeof sysd>, message: RegExp, what: string): void {
  assert.equal(run.code, 2, `${what}: exit code (stderr: ${run.err})`);
  assert.match(run.err, message, what);
  assert.doesNotMatch(run.err, /\n\s+at |internal error|TypeError|RangeError|Error:/, `${what}: no stack trace`);
  assert.ok(run.err.split('\n')[0].length < 200, `${what}: a one-line message first`);
}

const SINGLE_FILE = [['export', '-f', 'json'], ['export', '-f', 'mermaid'], ['estimate'], ['render']];

test('a directory with no designs: check and fmt say so and exit 2', () => {
  for (const folder of ['empty', 'only-text']) {
    assertRefused(sysd('check', folder), /^sysd check: no \.sysd files found\.$/m, `check ${folder}`);
    assertRefused(sysd('fmt', folder), /^sysd fmt: no \.sysd files found\.$/m, `fmt ${folder}`);
  }
});

test('a directory where one design is expected: exit 2, "is a directory"; render and export search it, and say when it holds none', () => {
  for (const command of SINGLE_FILE.filter(([name]) => name === 'estimate')) {
    assertRefused(sysd(...command, 'empty'), /cannot read 'empty': it is a directory/, command.join(' '));
  }
  for (const command of SINGLE_FILE.filter(([name]) => name !== 'estimate')) {
    for (const folder of ['empty', 'only-text']) {
      assertRefused(sysd(...command, folder, '-o', 'out'), new RegExp(`no \\.sysd files found in '${folder}'`), `${command.join(' ')} ${folder}`);
    }
  }
});

test('a binary file (NUL bytes, or bytes that are not UTF-8) is refused by every command, not checked into syntax errors', () => {
  for (const file of ['binary.sysd', 'image.png', 'latin1.sysd']) {
    assertRefused(sysd('check', file), new RegExp(`^sysd check: cannot read '${file.replace('.', '\\.')}': it is a binary file, not a \\.sysd design\\.$`, 'm'), `check ${file}`);
    assertRefused(sysd('fmt', '--check', file), /cannot read .*: it is a binary file/, `fmt ${file}`);
    for (const command of SINGLE_FILE) assertRefused(sysd(...command, file), /cannot read .*: it is a binary file/, `${command.join(' ')} ${file}`);
  }
  // Found while walking a directory too.
  assertRefused(sysd('check', '.'), /cannot read 'binary\.sysd': it is a binary file/, 'check .');
});

test('a missing file: exit 2, "no such file or directory"', () => {
  assertRefused(sysd('check', 'nope.sysd'), /cannot read 'nope\.sysd': no such file or directory/, 'check');
  assertRefused(sysd('fmt', 'nope.sysd'), /cannot read 'nope\.sysd': no such file or directory/, 'fmt');
  for (const command of SINGLE_FILE) assertRefused(sysd(...command, 'nope.sysd'), /cannot read 'nope\.sysd': no such file or directory/, command.join(' '));
});

test('a file without read permission: exit 2, "permission denied" (as root, which reads it anyway, it is checked normally)', () => {
  // chmod 000 does not stop root (CAP_DAC_OVERRIDE): whether this process can still read the file decides what sysd,
  // running as the same user, must do. Both outcomes are asserted; neither is skipped.
  let privileged = true;
  try {
    readFileSync(join(dir, 'locked.sysd'));
  } catch {
    privileged = false;
  }
  if (privileged) {
    const run = sysd('check', 'locked.sysd');
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /^1 file checked: 0 errors/m);
  } else {
    assertRefused(sysd('check', 'locked.sysd'), /cannot read 'locked\.sysd': permission denied/, 'check');
    assertRefused(sysd('fmt', 'locked.sysd'), /cannot read 'locked\.sysd': permission denied/, 'fmt');
    for (const command of SINGLE_FILE) assertRefused(sysd(...command, 'locked.sysd'), /cannot read 'locked\.sysd': permission denied/, command.join(' '));
  }
});

test('a file whose read fails even for root (/proc/self/mem gives EIO): exit 2, an I/O error, never a clean empty design', () => {
  const mem = '/proc/self/mem';
  assertRefused(sysd('check', mem), /cannot read '.*proc\/self\/mem': an I\/O error occurred while reading it\./, 'check');
  assertRefused(sysd('fmt', mem), /cannot read '.*proc\/self\/mem': an I\/O error/, 'fmt');
  for (const command of SINGLE_FILE) assertRefused(sysd(...command, mem), /cannot read '\/proc\/self\/mem': an I\/O error/, command.join(' '));
});
