// The rule tester: one table per rule (designs that pass, designs that fire and where, the text after the quick fix),
// turned into the same four tests for every rule, like typescript-eslint's RuleTester.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatText } from '../../../server/src/language/format';
import { ruleById } from '../../../server/src/language/rules/registry';
import { analyzeText, apply, findings, fixesFor, problems, textAt } from '../rules-support';

export interface ExpectedFinding {
  /** The text the finding's range covers, and its 0-based line when the text occurs more than once. */
  at: string;
  line?: number;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: RegExp;
}

export interface RuleTable {
  /** Designs (valid sysd) on which the rule reports nothing: the near misses. */
  valid: string[];
  /** Designs (valid sysd) on which the rule reports at least these findings; the first is also used for @allow and the fix. */
  invalid: Array<{ design: string; findings: ExpectedFinding[] }>;
  /**
   * The quick fix applied to the first finding of `design` (default: the first invalid design). With `output` the result
   * must be exactly that text; without, the fix must still remove the finding and keep the design valid and formatted.
   * Required exactly when the rule is fixable.
   */
  fixed?: Array<{ design?: string; output?: string }>;
}

/** Registers the tests of one rule from its table. */
export function ruleTester(id: string, table: RuleTable): void {
  const rule = ruleById(id);
  assert.ok(rule, `'${id}' is a rule of the registry`);
  assert.ok(table.invalid.length > 0, 'at least one design that fires');

  test(`${id}: fires with the right severity, range and message`, () => {
    for (const { design, findings: expected } of table.invalid) {
      assert.deepEqual(problems(design), [], 'the design is valid sysd');
      const found = findings(design, id);
      assert.ok(found.length > 0, `${id} fires on:\n${design}`);
      for (const firing of expected) {
        const finding = found.find((f) => textAt(design, f.range) === firing.at && (firing.line === undefined || f.range.start.line === firing.line));
        assert.ok(finding, `a finding at '${firing.at}'${firing.line === undefined ? '' : ` on line ${firing.line}`}; got ${found.map((f) => `${textAt(design, f.range)}@${f.range.start.line}`).join(', ')}`);
        assert.equal(finding.severity, firing.severity);
        assert.match(finding.message, firing.message);
      }
    }
  });

  test(`${id}: near misses do not fire`, () => {
    for (const design of table.valid) {
      assert.deepEqual(problems(design), [], 'the design is valid sysd');
      assert.deepEqual(findings(design, id).map((f) => f.message), []);
    }
  });

  test(`${id}: "Suppress with @allow" silences it without leaving an unused allow`, () => {
    const design = table.invalid[0].design;
    const finding = findings(design, id)[0];
    const suppress = fixesFor(design, finding).find((f) => f.title === `Suppress with @allow(${id})`);
    assert.ok(suppress, 'a suppress action');
    const allowed = apply(design, suppress);
    assert.match(allowed, new RegExp(`^ *@allow\\(${id}, "reason"\\)$`, 'm'));
    assert.equal(findings(allowed, id).length, findings(design, id).length - 1);
    assert.deepEqual(findings(allowed, 'unused-allow'), []);
    assert.deepEqual(problems(allowed), []);
  });

  test(`${id}: ${rule.fixable ? 'its quick fix removes the finding and keeps the design valid and formatted' : 'offers no quick fix besides @allow'}`, () => {
    if (!rule.fixable) {
      const design = table.invalid[0].design;
      const own = fixesFor(design, findings(design, id)[0]).filter((f) => !f.title.startsWith('Suppress'));
      assert.deepEqual(own, []);
      assert.equal(table.fixed, undefined);
      return;
    }
    assert.ok(table.fixed?.length, 'a fixable rule says what its fix produces');
    for (const { design = table.invalid[0].design, output } of table.fixed) {
      const finding = findings(design, id)[0];
      const own = fixesFor(design, finding).filter((f) => !f.title.startsWith('Suppress'));
      assert.equal(own.length, 1, 'one fix');
      const fixed = apply(design, own[0]);
      if (output !== undefined) assert.equal(fixed, output);
      assert.deepEqual(problems(fixed), [], `the fixed design is valid:\n${fixed}`);
      assert.equal(formatText(fixed), fixed, 'the fixed design is canonically formatted');
      const before = analyzeText(design).diagnostics;
      const after = analyzeText(fixed).diagnostics;
      assert.ok(!after.some((d) => d.code === id && d.message === finding.message), 'the finding is gone');
      const errorsBefore = before.filter((d) => d.severity === 'error').length;
      assert.ok(after.filter((d) => d.severity === 'error').length <= errorsBefore, 'no new errors');
    }
  });
}
