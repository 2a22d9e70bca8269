// Issue 17's targets table: what each row of the protocol, manyFiles and checkPeers suites makes of a target.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { incrementalTable } from '../../bench/incrementalTable';
import type { Row } from '../../bench/measure';

const row = (metric: string, medianMs: number, extra: Partial<Row> = {}): Row => ({ name: metric, runs: 1, medianMs, p90Ms: medianMs, metric, ...extra });

test('keystroke medians, their p95 against twice the median, the LikeC4 ratio and the re-publish sizes', () => {
  const table = incrementalTable([
    row('protocol.keystroke', 8, { p95Ms: 20 }),
    { name: 'ratio', runs: 0, medianMs: Number.NaN, p90Ms: Number.NaN, figures: { n: 1000, ratio: 24.5 } },
    row('many.republish', 180, { p95Ms: 200, figures: { importers: 5, components: 50 } }),
  ]) ?? '';
  const line = (start: string) => table.split('\n').find((l) => l.startsWith(`| ${start}`));
  assert.match(line('keystroke → diagnostics over stdio, 1,000') ?? '', /8\.0 ms \| yes \|$/);
  assert.match(line('… its p95') ?? '', /20\.0 ms \(2\.5×\) \| \*\*no\*\* \|$/);
  assert.match(line('full check, 1,000') ?? '', /24\.5× \| yes \|$/);
  assert.match(line('edit in a shared 50-component file → all 5 open importers') ?? '', /180 ms \(p95 200\) \| \*\*no\*\* \|$/);
  assert.equal(line('keystroke → diagnostics over stdio, 10,000'), undefined, 'a target not measured is left out');
});

test('nothing to show when none of the suites ran', () => {
  assert.equal(incrementalTable([row('protocol.open', 500)]), undefined);
});
