// Design-wide findings (rules.md v2, "Where a finding sits"): on the header's name, else the file's start; silenced by an @allow before the header.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleFixes } from '../../server/src/language/fixes/rules';
import { applyEdits } from '../../server/src/language/fixes/rulesEdits';
import { formatText } from '../../server/src/language/format';
import { modelOfText } from '../../server/src/language/model';
import { checkRules } from '../../server/src/language/rules';
import type { RuleDefinition } from '../../server/src/language/rules/types';
import { DEFAULT_CONFIG } from '../../server/src/language/schema';
import { designSubject, subjectById } from '../../server/src/language/subjects';
import { hoverAt } from '../../server/src/language/hover';
import { analysisOf, positionOf, URI } from './editor-support';
import { textAt } from './rules-support';

/** A rule that always reports one design-wide finding (under a real id, so @allow accepts it). */
const wide: RuleDefinition = {
  id: 'single-region', category: 'reliability', severity: 'info', description: 'test', fixable: false, docs: '',
  check: ({ model }) => [{ subject: designSubject(model), message: 'design-wide' }],
};

const run = (text: string) => checkRules(modelOfText(text), DEFAULT_CONFIG, [wide]);

test("a design-wide finding sits on the design header's name, with the subject id 'design'", () => {
  const text = 'import "x.sysd"\n\ndesign "Shop"\n\nservice api "API"\n';
  const [finding] = run(text).findings.filter((f) => f.code === 'single-region');
  assert.equal(textAt(text, finding.range), '"Shop"');
  assert.equal(finding.range.start.line, 2);
  assert.equal(finding.subject, 'design');
  assert.equal(subjectById(modelOfText(text), 'design')?.uri, finding.uri);
});

test('without a header it sits at the start of the file, and no @allow can be offered', () => {
  const text = 'service api "API"\n';
  const model = modelOfText(text);
  const [finding] = checkRules(model, DEFAULT_CONFIG, [wide]).findings;
  assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.deepEqual(ruleFixes(model, finding).map((f) => f.title), []);
});

test('an @allow before the header silences it, is used, and survives formatting', () => {
  const text = '// The shop.\n@allow(single-region, "one region is enough for now")\ndesign "Shop"\n\nservice api "API"\n';
  const result = run(text);
  assert.deepEqual(result.findings, []);
  assert.equal(result.suppressed.length, 1);
  assert.equal(result.suppressed[0].reason, 'one region is enough for now');
  assert.equal(formatText(text.replace('@allow(single-region,', '  @allow(single-region,   ')), text);
});

test('"Suppress with @allow" writes the @allow before the header, and an unused one there is reported', () => {
  const text = 'design "Shop"\n\nservice api "API"\n';
  const model = modelOfText(text);
  const [finding] = checkRules(model, DEFAULT_CONFIG, [wide]).findings;
  const suppress = ruleFixes(model, finding).find((f) => f.title === 'Suppress with @allow(single-region)');
  assert.ok(suppress);
  const allowed = applyEdits(text, suppress.edits);
  assert.equal(allowed, '@allow(single-region, "reason")\ndesign "Shop"\n\nservice api "API"\n');
  assert.deepEqual(run(allowed).findings, []);
  const unused = checkRules(modelOfText(allowed), DEFAULT_CONFIG, []).findings;
  assert.deepEqual(unused.map((f) => f.code), ['unused-allow']);
  const remove = ruleFixes(modelOfText(allowed), unused[0]).find((f) => f.title.startsWith('Remove'));
  assert.equal(remove && applyEdits(allowed, remove.edits), text);
});

test('an unknown annotation before the header is reported like anywhere else', () => {
  const model = modelOfText('@owner(team)\ndesign "Shop"\n');
  assert.deepEqual(model.diagnostics.map((d) => d.code), ['unknown-annotation']);
});

test('hover on an @allow before the header shows its rule and reason', () => {
  const text = '@allow(single-region, "one region until launch")\ndesign "Shop"\n';
  const analysis = analysisOf(text);
  assert.match(hoverAt(analysis, URI, positionOf(text, 'single-region', 2))?.markdown ?? '', /Allowed here because:\*\* one region until launch/);
  assert.match(hoverAt(analysis, URI, positionOf(text, '@allow', 2))?.markdown ?? '', /Silences: `single-region`/);
});
