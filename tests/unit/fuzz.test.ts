// Property-based fuzzing: random and mutated designs never throw, never hang, and keep every range inside the text.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/language/analysis';
import type { Range } from '../../server/src/language/ast';
import { COMPONENT_KINDS } from '../../server/src/language/ast';

const EXAMPLES = readdirSync(new URL('../../examples/', import.meta.url))
  .filter((f) => f.endsWith('.sysd'))
  .map((f) => readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'));

/** Generous: a correct parse takes milliseconds; this only catches a hang or a runaway recovery. */
const HANG_BOUND_MS = 3000;

function check(text: string): void {
  const uri = 'file:///fuzz.sysd';
  const started = Date.now();
  const analysis = analyze(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_f, p) => `file:///${p}` });
  const elapsed = Date.now() - started;
  assert.ok(elapsed < HANG_BOUND_MS, `analysis took ${elapsed} ms`);
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (range: Range) =>
    range.start.line >= 0 && range.end.line < lines.length &&
    range.start.character >= 0 && range.start.character <= lines[range.start.line].length &&
    range.end.character <= lines[range.end.line].length &&
    (range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character));
  for (const diagnostic of analysis.diagnostics) {
    assert.ok(inside(diagnostic.range), `diagnostic range outside the text: ${JSON.stringify(diagnostic)}`);
  }
  for (const reference of analysis.model.references) {
    assert.ok(inside(reference.range), `reference range outside the text: ${JSON.stringify(reference.range)}`);
  }
}

const id = fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4})?$/);
const quantity = fc.constantFrom('3', '2.5', '1_000', '10M', '30s', '1h', '91TB', '2GiB', '100M/day', '10Gbps', '99.9%', '5x', '2..20', '-1', '3abc');
const value = fc.oneof(quantity, id, fc.constantFrom('true', 'false', '"text"', '[a, b]', '"\\u{1F600}"'));
const property = fc.tuple(fc.constantFrom('instances', 'ttl', 'replicas', 'engine', 'dlq', 'protocol', 'kind', 'nope'), value).map(([n, v]) => `${n}: ${v}`);
const block = fc.array(property, { maxLength: 4 }).map((ps) => (ps.length ? ` { ${ps.join(', ')} }` : ''));
const component = fc.tuple(fc.constantFrom(...COMPONENT_KINDS), id, fc.option(fc.constant(' "Label"')), block)
  .map(([kind, name, label, b]) => `${kind} ${name}${label ?? ''}${b}`);
const connection = fc.tuple(id, fc.array(fc.tuple(fc.constantFrom('->', '~>', '<->'), fc.array(id, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 }), fc.option(fc.constant(' : "label"')))
  .map(([source, hops, label]) => `${source} ${hops.map(([arrow, targets]) => `${arrow} ${targets.join(', ')}`).join(' ')}${label ?? ''}`);
const statement: fc.Arbitrary<string> = fc.letrec<{ statement: string }>((tie) => ({
  statement: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    component,
    connection,
    fc.constantFrom('scale { dau: 10M, writes: 100M/day, read_write_ratio: 10 }', 'import "./other.sysd"', '@allow(orphan-component, "x")'),
    fc.tuple(id, fc.array(tie('statement'), { maxLength: 3 })).map(([name, body]) => `group ${name} {\n${body.join('\n')}\n}`),
  ),
})).statement;
const design = fc.array(statement, { maxLength: 12 }).map((statements) => `design "Fuzz"\n${statements.join('\n')}\n`);

test('random well-formed-ish designs never throw and keep ranges inside the text', () => {
  fc.assert(fc.property(design, (text) => { check(text); }), { numRuns: 300 });
});

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('{', '}', '->', '"', '/*', ':', ',', '@', '..', '\n', 'service', '[', '(', '\\', '$', '1x', '\u00e9') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: Array<{ kind: 'delete' | 'insert' | 'truncate'; at: number; length?: number; text?: string }>): string {
  let result = text;
  for (const m of mutations) {
    const at = result.length === 0 ? 0 : m.at % result.length;
    if (m.kind === 'delete') result = result.slice(0, at) + result.slice(at + (m.length ?? 1));
    else if (m.kind === 'insert') result = result.slice(0, at) + m.text + result.slice(at);
    else result = result.slice(0, at);
  }
  return result;
}

test('mutated examples never throw and keep ranges inside the text', () => {
  fc.assert(fc.property(fc.constantFrom(...EXAMPLES), fc.array(mutation, { minLength: 1, maxLength: 5 }), (example, mutations) => {
    check(mutate(example, mutations));
  }), { numRuns: 300 });
});

test('arbitrary unicode text never throws', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => { check(text); }), { numRuns: 300 });
});
