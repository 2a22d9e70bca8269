// Stable ids and findings by id: connection ids, id → subject → range, and every consumer finding a finding's subject by its id.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagramOf } from '../../server/src/diagram/model';
import { modelOfText } from '../../server/src/language/model';
import { rangeOfSubject, subjectAt, subjectById } from '../../server/src/language/subjects';
import { toLspDiagnostic } from '../../server/src/lsp/convert';
import { analyzeText, fixesFor, apply, textAt } from './rules-support';

test('every connection has an id: `from->to`, then `#2`, `#3` for repeats of the pair, and the model finds it by id', () => {
  const model = modelOfText('service a\nservice b\nservice c\na -> b, c\na ~> b : "again"\nb <-> c -> a\na -> b\n');
  assert.deepEqual(model.connections.map((c) => c.id), ['a->b', 'a->c', 'a->b#2', 'b->c', 'c->a', 'a->b#3']);
  for (const connection of model.connections) assert.equal(model.connectionById.get(connection.id), connection);
  assert.equal(subjectById(model, 'a->b#2'), model.connections[2]);
  assert.equal(subjectById(model, 'c'), model.elements.get('c'));
  assert.equal(subjectById(model, 'a->b#4'), undefined);
  // The diagram's edge ids are the model's.
  assert.deepEqual(diagramOf(model).edges.map((e) => e.id), model.connections.map((c) => c.id));
});

test('id → subject → range: the ID, the arrow, the scale keyword; a range inside a declaration names it', () => {
  const text = 'design "D"\nscale { availability: 99% }\ngroup g {\n  service a { instances: 2 }\n}\nservice b\na -> b { timeout: 2s }\n';
  const model = modelOfText(text);
  const at = (id: string) => textAt(text, rangeOfSubject(subjectById(model, id)!));
  assert.equal(at('a'), 'a');
  assert.equal(at('g'), 'g');
  assert.equal(at('a->b'), '->');
  assert.equal(at('scale'), 'scale');
  const position = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 1 } });
  assert.equal(subjectAt(model, model.rootUri, position(3, 16)), 'a');
  assert.equal(subjectAt(model, model.rootUri, position(6, 10)), 'a->b');
  assert.equal(subjectAt(model, model.rootUri, position(1, 10)), 'scale');
  assert.equal(subjectAt(model, model.rootUri, position(0, 2)), 'design');
});

const FAN_OUT = [
  'design "Maps"',
  'service api { instances: 2 }',
  'external pay "Payments"',
  'external maps "Maps"',
  'api -> pay, maps',
].join('\n');

test('findings on connections that share one arrow name each its own connection, in the diagram, the LSP data and the fixes', () => {
  const analysis = analyzeText(FAN_OUT);
  const timeouts = analysis.diagnostics.filter((d) => d.code === 'missing-timeout');
  assert.deepEqual(timeouts.map((d) => d.subject).sort(), ['api->maps', 'api->pay']);
  assert.deepEqual(timeouts[0].range, timeouts[1].range);
  const toMaps = timeouts.find((d) => d.subject === 'api->maps')!;
  // Each edge gets its own badge (a range search put both on the first connection of the statement).
  const diagram = diagramOf(analysis.model, analysis.diagnostics);
  const badges = (id: string) => diagram.edges.find((e) => e.id === id)?.findings.filter((f) => f.code === 'missing-timeout').length;
  assert.equal(badges('api->pay'), 1);
  assert.equal(badges('api->maps'), 1);
  // The LSP diagnostic carries the subject id, so a code action request can find this very finding again.
  assert.equal(toLspDiagnostic(toMaps).data?.subject, 'api->maps');
  const fix = fixesFor(FAN_OUT, toMaps)[0];
  assert.equal(fix.title, 'Add timeout: 2s');
  assert.match(apply(FAN_OUT, fix), /api -> pay, maps \{ timeout: 2s \}/);
});

test('a rule finding on a component names it; the CLI element of a repeated connection stays its `from->to` pair', async () => {
  const { reportOf } = await import('../../server/src/cli/findings');
  const text = 'design "D"\nservice api { instances: 2 }\nexternal pay "Payments"\napi -> pay : "charge"\napi -> pay : "refund"\n';
  const analysis = analyzeText(text);
  const timeouts = analysis.diagnostics.filter((d) => d.code === 'missing-timeout');
  assert.deepEqual(timeouts.map((d) => d.subject).sort(), ['api->pay', 'api->pay#2']);
  const report = reportOf(analysis, '/test', 'hint');
  const elements = report.findings.filter((f) => f.rule === 'missing-timeout').map((f) => [f.element, f.fingerprint.split(':')[1]]);
  assert.deepEqual(elements, [['api->pay', '1'], ['api->pay', '2']]);
});
