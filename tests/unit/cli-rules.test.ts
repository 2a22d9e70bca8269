// `sysd rules`, `sysd explain` and `sysd estimate`: the registry as a table, rule pages, the scale block's numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../server/src/language/rules/registry';
import { ROOT, sysd, workspace } from './cli-support';

test('sysd rules prints every rule of the registry with its category, default severity and fix', async () => {
  const run = await sysd(['rules']);
  assert.equal(run.code, 0);
  const lines = run.out.split('\n');
  assert.match(lines[0], /^RULE\s+CATEGORY\s+SEVERITY\s+FIX\s+CHECKS$/);
  for (const rule of RULES) {
    const line = lines.find((l) => l.startsWith(`${rule.id} `));
    assert.ok(line, rule.id);
    assert.match(line, new RegExp(`^${rule.id}\\s+${rule.category}\\s+${rule.severity}\\s+${rule.fixable ? 'yes' : ''}\\s+\\S`));
  }
  assert.match(run.out, new RegExp(`${RULES.length} rules\\.`));
});

test('sysd rules --format json lists the registry', async () => {
  const rules = JSON.parse((await sysd(['rules', '--format', 'json'])).out);
  assert.equal(rules.length, RULES.length);
  const dlq = rules.find((r: { id: string }) => r.id === 'queue-without-dlq');
  assert.deepEqual(dlq, { id: 'queue-without-dlq', category: 'reliability', severity: 'warning', fixable: true, description: 'A queue or topic with consumers has no dead-letter queue.' });
});

test('sysd explain prints docs/rules/<id>.md for every rule', async () => {
  for (const rule of RULES) {
    const run = await sysd(['explain', rule.id]);
    assert.equal(run.code, 0);
    assert.equal(run.out, readFileSync(path.join(ROOT, 'docs/rules', `${rule.id}.md`), 'utf8'));
  }
});

test('sysd explain with an unknown rule suggests the closest one and exits 2', async () => {
  const typo = await sysd(['explain', 'queue-without-dql']);
  assert.equal(typo.code, 2);
  assert.equal(typo.out, '');
  assert.match(typo.err, /unknown rule 'queue-without-dql'\. Did you mean 'queue-without-dlq'\?/);
  const far = await sysd(['explain', 'zzz']);
  assert.equal(far.code, 2);
  assert.doesNotMatch(far.err, /Did you mean/);
  const none = await sysd(['explain']);
  assert.equal(none.code, 2);
  assert.match(none.err, /missing the RULE/);
  const extra = await sysd(['explain', 'orphan-component', 'more']);
  assert.equal(extra.code, 2);
  assert.match(extra.err, /unexpected extra argument 'more'/);
});

test('sysd estimate prints the URL shortener\'s back-of-the-envelope table', async () => {
  const run = await sysd(['estimate', 'examples/url-shortener.sysd']);
  assert.equal(run.code, 0);
  const row = (label: string) => run.out.split('\n').find((l) => l.startsWith(label)) ?? '';
  assert.match(run.out, /^URL Shortener — scale estimate\n/);
  assert.match(row('Writes (average)'), /1,157\/s\s+given: 100M\/day = 1,157\/s/);
  assert.match(row('Reads (average)'), /115,741\/s\s+writes 1,157\/s × ratio 100/);
  assert.match(row('Peak writes'), /3,472\/s/);
  assert.match(row('Peak reads'), /347,222\/s/);
  assert.match(row('Storage over retention'), /91\.3 TB\s+growth 50 GB\/day × retention 5 y/);
  assert.match(row('Bandwidth'), /62\.5 MB\/s/);
  assert.match(row('Downtime budget per year'), /8\.76 h\s+\(100% − 99\.9%\) × 1 year/);
});

test('sysd estimate --format json gives the figures with values, units and how they were derived', async () => {
  const result = JSON.parse((await sysd(['estimate', 'examples/url-shortener.sysd', '-f', 'json'])).out);
  assert.equal(result.title, 'URL Shortener');
  const figure = (key: string) => result.figures.find((f: { key: string }) => f.key === key);
  assert.equal(Math.round(figure('peakReads').value), 347222);
  assert.equal(figure('peakReads').source, 'derived');
  assert.equal(figure('storage').unit, 'B');
  assert.ok(Math.abs(figure('downtimePerYear').value - 0.001 * 365 * 86400) < 1e-6);
});

test('sysd estimate without a scale block says so; missing or broken files are reported', async () => {
  const dir = workspace({ 'plain.sysd': 'service a\n', 'broken.sysd': 'scale { dau: 1M\nservice a {\n' });
  const plain = await sysd(['estimate', 'plain.sysd'], dir);
  assert.equal(plain.code, 0);
  assert.match(plain.out, /plain\.sysd has no scale block/);
  const json = JSON.parse((await sysd(['estimate', 'plain.sysd', '--format', 'json'], dir)).out);
  assert.deepEqual([json.hasScale, json.figures], [false, []]);
  const missing = await sysd(['estimate', 'nope.sysd'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read 'nope\.sysd'/);
  const broken = await sysd(['estimate', 'broken.sysd'], dir);
  assert.equal(broken.code, 1);
  assert.match(broken.err, /broken\.sysd:\d+:\d+ error syntax-error/);
});

test('every command answers --help on stdout with exit 0; unknown commands suggest the closest', async () => {
  for (const command of ['check', 'export', 'estimate', 'rules', 'explain', 'fmt', 'lsp', 'mcp']) {
    const run = await sysd([command, '--help']);
    assert.equal(run.code, 0, command);
    assert.match(run.out, new RegExp(`^Usage: sysd ${command}`), command);
  }
  const top = await sysd(['--help']);
  assert.equal(top.code, 0);
  for (const command of ['check', 'export', 'estimate', 'rules', 'explain', 'mcp']) assert.match(top.out, new RegExp(`^  ${command} `, 'm'));
  // `sysd mcp` parses strictly too: a stray argument is a usage error before any server starts.
  for (const args of [['mcp', '--stdoi'], ['mcp', 'design.sysd']]) {
    const stray = await sysd(args);
    assert.equal(stray.code, 2, args.join(' '));
    assert.match(stray.err, /^sysd mcp: /, args.join(' '));
  }
  const version = await sysd(['--version']);
  assert.equal(version.out, `${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
  const unknown = await sysd(['chek']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command 'chek'\. Did you mean 'check'\?/);
});
