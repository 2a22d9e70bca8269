// The analysis front: one Analysis per design version answers every feature, and keeps its whole-document answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/language/analysis';
import { diagramOfAnalysis } from '../../server/src/diagram/ofAnalysis';
import { estimate } from '../../server/src/language/estimate';
import { formatDocument } from '../../server/src/language/format';
import type { SourceHost } from '../../server/src/language/model';

const URI = 'file:///w/shop.sysd';
const TEXT = 'design "Shop"\nscale { dau: 1M, reads: 100/s }\nservice api { instances: 2 }\ngroup core {\n  database   orders\n}\napi -> orders\n';

function analysisOf(text: string) {
  const host: SourceHost = { read: (uri) => (uri === URI ? text : undefined), resolve: (from, path) => new URL(path, from).href };
  return analyze(URI, host);
}

test('the front answers what the editor asks, by position, without a protocol', () => {
  const analysis = analysisOf(TEXT);
  const apiUse = { line: 6, character: 1 };
  assert.deepEqual(analysis.definition(apiUse), { uri: URI, range: { start: { line: 2, character: 8 }, end: { line: 2, character: 11 } } });
  assert.equal(analysis.references(apiUse, true).length, 2);
  assert.match(analysis.hover(apiUse)?.markdown ?? '', /api/);
  const renamed = analysis.rename(apiUse, 'backend');
  assert.ok(renamed.ok && renamed.value.every((edit) => edit.newText === 'backend' && edit.uri === URI));
  assert.ok(analysis.folding().some((range) => range.startLine === 3));
  assert.ok(analysis.semanticTokens().length > 0);
  assert.deepEqual(analysis.estimate(), estimate(analysis.model.scale?.properties));
  assert.ok(analysis.estimate().peakFactor);
  assert.equal(analysis.formatted(TEXT), formatDocument(analysis.file!, TEXT));
  assert.match(analysis.formatted(TEXT) ?? '', /  database orders\n/);
});

test('whole-document answers are computed once per version; a new version computes them anew', () => {
  const analysis = analysisOf(TEXT);
  assert.equal(analysis.folding(), analysis.folding());
  assert.equal(analysis.semanticTokens(), analysis.semanticTokens());
  assert.equal(analysis.codeLenses(), analysis.codeLenses());
  assert.equal(analysis.inlayHints(), analysis.inlayHints());
  assert.equal(analysis.estimate(), analysis.estimate());
  assert.equal(analysis.problems, analysis.problems);
  assert.equal(diagramOfAnalysis(analysis), diagramOfAnalysis(analysis));
  const next = analysisOf(TEXT.replace('database   orders', 'database orders\n  cache sessions'));
  assert.notEqual(next.folding(), analysis.folding());
  assert.ok(diagramOfAnalysis(next).nodes.some((node) => node.id === 'sessions'));
  assert.ok(!diagramOfAnalysis(analysis).nodes.some((node) => node.id === 'sessions'));
});

test('formatting is kept with the text it formatted: another text is formatted afresh', () => {
  const analysis = analysisOf(TEXT);
  const first = analysis.formatted(TEXT);
  assert.notEqual(analysis.formatted(`${TEXT}\n\n`), undefined);
  assert.equal(analysis.formatted(TEXT), first);
});
