// Inlay hints (per-second rates, max instances, derived reads) and code lenses (connection counts, show in preview).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeLensesOf } from '../../server/src/language/codeLens';
import { inlayHintsOf } from '../../server/src/language/inlayHints';
import { analysisOf, fixture, positionOf, URI } from './editor-support';

const text = fixture('shop.sysd');
const analysis = analysisOf(text);

test('a per-day rate gets its per-second value right after it', () => {
  const hints = inlayHintsOf(analysis, URI);
  const writes = hints.find((h) => h.label === '≈1,157/s');
  assert.deepEqual(writes?.position, positionOf(text, '100M/day', '100M/day'.length));
  assert.ok(hints.some((h) => h.label === '≈23.15/s'), 'connection qps 2M/day');
  assert.ok(!hints.some((h) => h.label.includes('≈100/s') || h.label.includes('≈5,000')), 'rates already per second get no hint');
});

test('autoscale shows the maximum, and the scale block the reads derived from writes × ratio', () => {
  const hints = inlayHintsOf(analysis, URI);
  assert.deepEqual(hints.find((h) => h.label === 'max 20')?.position, positionOf(text, '3..20', 5));
  const reads = hints.find((h) => h.label.startsWith('reads'));
  assert.equal(reads?.label, 'reads ≈ 115,741/s');
  assert.deepEqual(reads?.position, positionOf(text, 'read_write_ratio: 100', 'read_write_ratio: 100'.length));
  const given = inlayHintsOf(analysisOf('scale { writes: 10/s, reads: 50/s, read_write_ratio: 5 }'), URI);
  assert.deepEqual(given, [], 'no derived reads when reads are given');
});

test('capacity shows the total over the maximum instance count', () => {
  const hints = inlayHintsOf(analysisOf('service a { instances: 4, capacity: 2k/s }\nservice b { capacity: 2k/s }'), URI);
  assert.deepEqual(hints.map((h) => [h.label, h.position.line]), [['× 4 = 8,000/s', 0]]);
});

test('hints are limited to the requested range and survive syntax errors', () => {
  const only = inlayHintsOf(analysis, URI, { start: { line: 13, character: 0 }, end: { line: 13, character: 200 } });
  assert.deepEqual(only.map((h) => h.label), ['max 20', '× 20 = 100,000/s']);
  const broken = analysisOf('service api { instances: 3\nscale { writes: 8640/day }\n');
  assert.deepEqual(inlayHintsOf(broken, URI).map((h) => h.label), ['≈0.1/s']);
});

test('each component gets an in/out count and a show-in-preview lens', () => {
  const lenses = codeLensesOf(analysis, URI);
  assert.equal(lenses.length, analysis.model.components.length * 2);
  const api = lenses.filter((l) => l.range.start.line === positionOf(text, 'service api').line);
  assert.deepEqual(api.map((l) => l.title), ['1 in · 3 out', 'show in preview']);
  assert.deepEqual(api[1].command, { id: 'sysd.showInPreview', arguments: ['api', URI] });
  assert.equal(api[0].command, undefined);
  const geo = lenses.find((l) => l.command?.arguments[0] === 'geo');
  assert.equal(geo?.range.start.line, positionOf(text, 'external geo').line, 'on the kind line, not the annotation');
});
