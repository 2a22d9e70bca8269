// Escalation (rules.md "Escalation"): which rules are raised one level at 99.9% availability, and how an info rule is raised.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelOfText } from '../../../server/src/language/model';
import { checkRules } from '../../../server/src/language/rules';
import type { RuleId } from '../../../server/src/language/rules/ids';
import { RULES } from '../../../server/src/language/rules/registry';
import type { RuleDefinition } from '../../../server/src/language/rules/types';
import { DEFAULT_CONFIG } from '../../../server/src/language/schema';

/** The rules rules.md raises: the single-point-of-failure rules and missing-observability. */
const ESCALATING = ['database-single-point-of-failure', 'missing-observability', 'service-single-instance', 'single-load-balancer'];

test('exactly the single-point-of-failure rules and missing-observability escalate', () => {
  const escalating = RULES.filter((rule) => rule.escalates).map((rule) => rule.id as string);
  for (const id of escalating) assert.ok(ESCALATING.includes(id), `'${id}' is not a rule rules.md escalates`);
  // missing-observability escalates once it is in the registry; the three single-point-of-failure rules are.
  const present = ESCALATING.filter((id) => RULES.some((rule) => rule.id === id));
  assert.deepEqual(escalating.sort(), present);
  assert.ok(present.length >= 3);
});

test('an escalating info rule with a design-wide finding is raised to warning at 99.9% and says why', () => {
  // A stand-in with missing-observability's shape (info, escalates, one finding on the design's first component).
  const designWide: RuleDefinition = {
    id: 'orphan-component' as RuleId, category: 'reliability', severity: 'info', description: 'stand-in', escalates: true,
    fixable: false, docs: '',
    check: ({ model }) => [{ subject: model.components[0], message: 'Nobody watches this design.' }],
  };
  const run = (availability: string, rules = {}) =>
    checkRules(modelOfText(`scale {\n  availability: ${availability}\n}\nservice api "API" { instances: 2 }\n`), { ...DEFAULT_CONFIG, rules }, [designWide]).findings;
  const [raised] = run('99.9%');
  assert.equal(raised.severity, 'warning');
  assert.equal(raised.message, 'Nobody watches this design. Raised to warning because the design targets 99.9% availability (99.9% or more).');
  const [plain] = run('99.5%');
  assert.equal(plain.severity, 'info');
  assert.equal(plain.message, 'Nobody watches this design.');
  // A configured severity is final.
  assert.equal(run('99.99%', { 'orphan-component': 'info' })[0].severity, 'info');
});
