// Scale version 2: registered `users`, all `requests` split by the read:write ratio, and monthly and yearly rates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverAt } from '../../server/src/language/hover';
import { estimate } from '../../server/src/language/estimate';
import { analysisOf, positionOf, URI } from './editor-support';
import { sysd, workspace } from './cli-support';

const DESIGN = `design "Feed"
scale {
  users: 500M
  dau: 50M
  requests: 300M/month
  read_write_ratio: 4
  peak_factor: 2x
  storage_growth: 1.5TB/month
}
service api
`;

const analysis = analysisOf(DESIGN);
const hover = (needle: string, shift = 0) => hoverAt(analysis, URI, positionOf(DESIGN, needle, shift))?.markdown ?? '';

test('requests with a ratio and no reads or writes: writes = requests ÷ (ratio + 1), reads = requests − writes', () => {
  const result = estimate(analysis.model.scale?.properties);
  const requests = 300e6 / (30 * 86400);
  assert.ok(Math.abs((result.requests?.value ?? 0) - requests) < 1e-9);
  assert.ok(Math.abs((result.writes?.value ?? 0) - requests / 5) < 1e-9);
  assert.ok(Math.abs((result.reads?.value ?? 0) - requests * 4 / 5) < 1e-9);
  assert.deepEqual([result.writes?.source, result.reads?.source], ['derived', 'derived']);
  assert.equal(result.writes?.how, 'requests 116/s ÷ (ratio 4 + 1)');
  assert.equal(result.reads?.how, 'requests 116/s − writes 23.15/s');
  assert.equal(result.users?.value, 500e6);
  assert.ok(Math.abs((result.peakTotal?.value ?? 0) - requests * 2) < 1e-9, 'peak reads + peak writes = requests × peak');
});

test('given reads or writes win over the split; requests alone still give the peak', () => {
  const given = analysisOf('scale {\n  requests: 1k/s\n  writes: 100/s\n  read_write_ratio: 4\n}\n');
  const withWrites = estimate(given.model.scale?.properties);
  assert.equal(withWrites.writes?.source, 'given');
  assert.equal(withWrites.reads?.value, 400, 'reads from the given writes × ratio');
  const alone = estimate(analysisOf('scale {\n  requests: 1k/s\n  peak_factor: 3x\n}\n').model.scale?.properties);
  assert.equal(alone.reads, undefined);
  assert.equal(alone.peakTotal?.value, 3000);
  assert.equal(alone.peakTotal?.how, 'requests 1,000/s × peak 3');
});

test('hover: requests shows its per-second figure, its peak and the derived split; the ratio shows the split too', () => {
  const requests = hover('300M/month', 2);
  assert.match(requests, /`300M\/month` = 300,000,000 per month \(30 days\) ≈ \*\*116\/s\*\* on average \(÷ 2,592,000 s\)/);
  assert.match(requests, /at peak: \*\*≈ 231\/s\*\*/);
  assert.match(requests, /- writes = requests 116\/s ÷ \(ratio 4 \+ 1\) = \*\*23\.15\/s\*\*/);
  assert.match(requests, /- reads = requests 116\/s − writes 23\.15\/s = \*\*92\.59\/s\*\*/);
  assert.match(hover('read_write_ratio: 4', 19), /- writes = requests 116\/s ÷ \(ratio 4 \+ 1\)/);
  assert.match(hover('1.5TB/month', 2), /`1\.5TB\/month` = 1\.5 TB per month \(30 days\) ≈ \*\*579 KB\/s\*\*/);
  assert.match(hover('users', 1), /Everyone with an account/);
  const table = hover('scale {', 2);
  assert.match(table, /\| Registered users \| \*\*500M\*\* \| given: `500M` \|/);
  assert.match(table, /\| Requests \(average\) \| \*\*116\/s\*\* \| given: `300M\/month` \|/);
  assert.match(table, /\| Writes \(average\) \| \*\*23\.15\/s\*\* \| requests 116\/s ÷ \(ratio 4 \+ 1\) \|/);
});

test('users and requests are scale properties: their values are schema-checked', () => {
  const bad = analysisOf('scale {\n  users: 5s\n  requests: 10GB\n}\n');
  const messages = bad.model.diagnostics.map((d) => `${d.range.start.line}:${d.message}`);
  assert.equal(messages.length, 2, messages.join('\n'));
  assert.match(messages[0], /^1:.*users/);
  assert.match(messages[1], /^2:.*requests/);
  assert.deepEqual(analysisOf(DESIGN).model.diagnostics.filter((d) => d.severity === 'error'), []);
});

test('sysd estimate shows the users, requests and the derived split, in text and JSON', async () => {
  const dir = workspace({ 'feed.sysd': DESIGN });
  const text = await sysd(['estimate', 'feed.sysd'], dir);
  assert.equal(text.code, 0, text.err);
  const row = (label: string) => text.out.split('\n').find((l) => l.startsWith(label)) ?? '';
  assert.match(row('Registered users'), /500M\s+given: 500M/);
  assert.match(row('Requests (average)'), /116\/s\s+given: 300M\/month = 116\/s/);
  assert.match(row('Writes (average)'), /23\.15\/s\s+requests 116\/s ÷ \(ratio 4 \+ 1\)/);
  assert.match(row('Reads (average)'), /92\.59\/s\s+requests 116\/s − writes 23\.15\/s/);
  const json = JSON.parse((await sysd(['estimate', 'feed.sysd', '--format', 'json'], dir)).out);
  const figure = (key: string) => json.figures.find((f: { key: string }) => f.key === key);
  assert.deepEqual([figure('users').value, figure('users').source], [500e6, 'given']);
  assert.equal(figure('requests').unit, '/s');
  assert.deepEqual([figure('writes').source, figure('reads').source], ['derived', 'derived']);
  assert.ok(Math.abs(figure('writes').value + figure('reads').value - figure('requests').value) < 1e-9);
});
