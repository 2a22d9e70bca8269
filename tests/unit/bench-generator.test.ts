// The benchmark's design generator: valid designs of exactly N components, realistic shape, some deliberate findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDesign } from '../../bench/generator';
import { analyze } from '../../server/src/language/analysis';
import { COMPONENT_KINDS } from '../../server/src/language/ast';
import type { Element } from '../../server/src/language/model';

const analyses = new Map<string, ReturnType<typeof analyze>>();

/** Analyses are memoised: the 1,000-component design is checked by two tests. */
function analyzed(text: string) {
  const uri = 'file:///generated.sysd';
  const analysis = analyses.get(text) ?? analyze(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_from, path) => path });
  analyses.set(text, analysis);
  return analysis;
}

function depthOf(element: Element): number {
  let depth = 0;
  for (let group = element.group; group; group = group.group) depth++;
  return depth;
}

for (const n of [50, 200, 1000]) {
  test(`a generated design of ${n} components is valid, has every kind, ~1.5 connections each and groups two deep`, () => {
    const { model, findings } = analyzed(generateDesign(n));
    assert.deepEqual(model.diagnostics.map((d) => `${d.code}: ${d.message}`), [], 'no syntax or schema problems');
    assert.equal(model.components.length, n);
    assert.deepEqual(new Set(model.components.map((c) => c.kind)), new Set(COMPONENT_KINDS));
    const ratio = model.connections.length / n;
    assert.ok(ratio >= 1.3 && ratio <= 1.7, `connections per component ${ratio.toFixed(2)}`);
    for (const kind of ['sync', 'async', 'duplex'] as const) assert.ok(model.connections.some((c) => c.kind === kind), kind);
    assert.ok(model.connections.some((c) => c.label !== undefined && c.properties.size > 0), 'labelled connections with a block');
    assert.equal(Math.max(...model.components.map(depthOf)), 2);
    assert.equal(Math.max(...model.groups.map(depthOf)), 1, 'tier groups sit in region groups, nothing deeper');
    assert.ok(model.scale !== undefined, 'a scale block');
    const codes = new Set(findings.map((f) => f.code));
    for (const rule of ['database-single-point-of-failure', 'queue-without-dlq']) assert.ok(codes.has(rule), `expected a ${rule} finding`);
  });
}

test('large generated designs carry the other deliberate findings too', () => {
  const codes = new Set(analyzed(generateDesign(1000)).findings.map((f) => f.code));
  for (const rule of ['cache-without-expiry', 'missing-timeout', 'deep-synchronous-chain']) assert.ok(codes.has(rule), rule);
});

test('the generator is deterministic: the same N and seed give the same text, another seed another text', () => {
  assert.equal(generateDesign(300), generateDesign(300));
  assert.equal(generateDesign(300, { seed: 7 }), generateDesign(300, { seed: 7 }));
  assert.notEqual(generateDesign(300, { seed: 7 }), generateDesign(300));
});

test('a design cut off in the middle of a domain names only components that exist', () => {
  for (const n of [1, 5, 6, 7, 13, 61]) {
    const { model } = analyzed(generateDesign(n));
    assert.equal(model.components.length, n);
    assert.deepEqual(model.diagnostics.map((d) => d.message), [], `n = ${n}`);
  }
});
