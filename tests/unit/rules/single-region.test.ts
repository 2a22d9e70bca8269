// Rule single-region: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, textAt } from '../rules-support';
import { DB_LINE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('single-region', {
  valid: [
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  availability: 99.9%\n}\n']]),
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  availability: 99.99%\n}\n'], [DB_LINE, `group eu "EU" {\n  kind: region\n  ${DB_LINE}\n}\ngroup us "US" {\n  kind: region\n  database db2 "DB" { engine: postgres, replicas: 2, backup: 1d }\n}`]], 'api -> db2\n'),
  ],
  invalid: [{ design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  availability: 99.99%\n}\n']]), findings: [{ at: '99.99%', severity: 'info', message: /targets 99\.99% availability but runs in no declared region/ }] }],
});

test('design-wide: an @allow before the design header accepts it, and the finding stays on the availability figure', () => {
  const text = vary([['design "Base"\n', '@allow(single-region, "one region until launch")\ndesign "Base"\n\nscale {\n  availability: 99.99%\n}\n']]);
  assert.deepEqual(findings(text, 'single-region'), []);
  assert.deepEqual(findings(text, 'unused-allow'), []);
  const fires = text.replace('@allow(single-region, "one region until launch")\n', '');
  assert.equal(textAt(fires, findings(fires, 'single-region')[0].range), '99.99%');
});
