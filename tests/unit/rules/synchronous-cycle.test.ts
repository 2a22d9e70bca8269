// Rule synchronous-cycle: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelOfText } from '../../../server/src/language/model';
import { checkRules } from '../../../server/src/language/rules';
import { DEFAULT_CONFIG } from '../../../server/src/language/schema';
import { findings } from '../rules-support';
import { API_LINE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('synchronous-cycle', {
  valid: [vary([[API_LINE, `${API_LINE}\nservice pay "Payments" { instances: 2 }`]],
    'topic paid "Paid" { engine: kafka, dlq: paid-dlq }\ntopic paid-dlq "Dead letters" { engine: kafka }\napi -> pay : "charge"\npay ~> paid\npaid ~> api\n')],
  invalid: [{
    design: vary([[API_LINE, `${API_LINE}\nservice pay "Payments" { instances: 2 }`]], 'api -> pay : "charge"\npay -> api : "mark paid"\n'),
    // v2: on the cycle's first arrow in file order, `api -> pay`, not the arrow that closes it.
    findings: [{ at: '->', line: 11, severity: 'warning', message: /Synchronous cycle: api → pay → api/ }],
  }],
});

test('synchronous-cycle: one finding per cycle, on its first arrow in the file, and a periodic call closes no cycle', () => {
  const withPay = vary([[API_LINE, `${API_LINE}\nservice pay "Payments" { instances: 2 }\nservice ledger "Ledger" { instances: 2 }`]]);
  // The loop api → pay → ledger → api, written with its last arrow first.
  const text = `${withPay}ledger -> api : "post entry"\napi -> pay : "charge"\npay -> ledger\n`;
  const found = findings(text, 'synchronous-cycle');
  assert.equal(found.length, 1);
  assert.equal(found[0].range.start.line, text.split('\n').indexOf('ledger -> api : "post entry"'));
  assert.match(found[0].message, /Synchronous cycle: api → pay → ledger → api/);

  // A scheduled call back (a reload every 5 minutes) is part of no request, so it closes no loop.
  const periodic = `${withPay}api -> pay : "charge"\npay -> ledger\nledger -> api : "reload rates" { periodic: 5m }\n`;
  assert.deepEqual(findings(periodic, 'synchronous-cycle'), []);
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
