// Rule missing-rate-limit: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, fixesFor, textAt } from '../rules-support';
import { BASE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('missing-rate-limit', {
  valid: [
    BASE,
    // A CDN in front is passed through: the load balancer behind it is the entry.
    vary([['app -> gw : "HTTPS" { protocol: https }', 'app -> edge -> gw : "HTTPS" { protocol: https }']], 'cdn edge "CDN"\n'),
  ],
  invalid: [{ design: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'gateway gw "API gateway" { instances: 2 }']]), findings: [{ at: 'gw', severity: 'warning', message: /No rate limit at the entry behind client 'app': gateway 'gw'.*rate_limit: 100\/s/ }] }],
  fixed: [{ output: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'gateway gw "API gateway" { instances: 2, rate_limit: 100/s }']]) }],
});

test('missing-rate-limit offers its fix only where rate_limit is a property: gateways and load balancers', () => {
  const text = 'client app "App" { type: mobile }\nservice api "API" { instances: 2 }\napp -> api { protocol: https }\n';
  const [finding] = findings(text, 'missing-rate-limit');
  assert.equal(textAt(text, finding.range), 'api');
  assert.deepEqual(fixesFor(text, finding).map((f) => f.title), ['Suppress with @allow(missing-rate-limit)']);
});
