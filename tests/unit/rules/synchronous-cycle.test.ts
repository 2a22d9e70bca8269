// Rule synchronous-cycle: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelOfText } from '../../../server/src/language/model';
import { checkRules } from '../../../server/src/language/rules';
import { DEFAULT_CONFIG } from '../../../server/src/language/schema';
import { API_LINE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('synchronous-cycle', {
  valid: [vary([[API_LINE, `${API_LINE}\nservice pay "Payments" { instances: 2 }`]],
    'topic paid "Paid" { engine: kafka, dlq: paid-dlq }\ntopic paid-dlq "Dead letters" { engine: kafka }\napi -> pay : "charge"\npay ~> paid\npaid ~> api\n')],
  invalid: [{
    design: vary([[API_LINE, `${API_LINE}\nservice pay "Payments" { instances: 2 }`]], 'api -> pay : "charge"\npay -> api : "mark paid"\n'),
    findings: [{ at: '->', line: 12, severity: 'warning', message: /Synchronous cycle: api → pay → api/ }],
  }],
});

test('a synchronous loop through 6,000 services is found without overflowing the stack', () => {
  const n = 6000;
  const lines = ['client web'];
  for (let i = 0; i < n; i++) lines.push(`service s${i} { instances: 2, timeout: 1s }`);
  lines.push('web -> s0');
  for (let i = 0; i < n; i++) lines.push(`s${i} -> s${(i + 1) % n}`);
  const found = checkRules(modelOfText(lines.join('\n')), { ...DEFAULT_CONFIG, maxSyncDepth: 100_000 }).findings;
  const cycle = found.filter((d) => d.code === 'synchronous-cycle');
  assert.equal(cycle.length, 1);
  assert.match(cycle[0].message, /^Synchronous cycle: s0 → s1 → s2 → .* → s5999 → s0\./);
});
