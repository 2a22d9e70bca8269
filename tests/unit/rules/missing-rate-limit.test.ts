// Rule missing-rate-limit: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, fixesFor, textAt } from '../rules-support';
import { BASE, vary } from './designs';
import { ruleTester } from './tester';

const GW_LINE = 'gateway gw "API gateway" { instances: 2, rate_limit: 100/s }';
const NO_LIMIT = 'gateway gw "API gateway" { instances: 2 }';

ruleTester('missing-rate-limit', {
  valid: [
    BASE,
    // A CDN in front is passed through: the load balancer behind it is the entry.
    vary([['app -> gw : "HTTPS" { protocol: https }', 'app -> edge -> gw : "HTTPS" { protocol: https }']], 'cdn edge "CDN"\n'),
    // v2: `rate_limit: true` says there is a limit whose figure is configured elsewhere.
    vary([[GW_LINE, 'gateway gw "API gateway" { instances: 2, rate_limit: true }']]),
    // v2: a rate limit on the CDN in front (a WAF rate rule) throttles the traffic before it reaches the entry.
    vary([[GW_LINE, NO_LIMIT], ['app -> gw : "HTTPS" { protocol: https }', 'app -> edge -> gw : "HTTPS" { protocol: https }']], 'cdn edge "CDN" { rate_limit: 1k/s }\n'),
  ],
  invalid: [
    { design: vary([[GW_LINE, NO_LIMIT]]), findings: [{ at: 'gw', severity: 'warning', message: /No rate limit at the entry behind client 'app': gateway 'gw'.*rate_limit: 100\/s/ }] },
    // Passed through a DNS and a CDN that limit nothing, the gateway is still the entry.
    {
      design: vary([[GW_LINE, NO_LIMIT], ['app -> gw : "HTTPS" { protocol: https }', 'app -> names\napp -> edge -> gw : "HTTPS" { protocol: https }']], 'dns names "DNS" { managed: true }\ncdn edge "CDN"\n'),
      findings: [{ at: 'gw', line: 3, severity: 'warning', message: /No rate limit at the entry behind client 'app': gateway 'gw'/ }],
    },
  ],
  fixed: [{ output: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'gateway gw "API gateway" { instances: 2, rate_limit: 100/s }']]) }],
});

test('missing-rate-limit offers its fix only where rate_limit is a property: gateways and load balancers', () => {
  const text = 'client app "App" { type: mobile }\nservice api "API" { instances: 2 }\napp -> api { protocol: https }\n';
  const [finding] = findings(text, 'missing-rate-limit');
  assert.equal(textAt(text, finding.range), 'api');
  assert.deepEqual(fixesFor(text, finding).map((f) => f.title), ['Suppress with @allow(missing-rate-limit)']);
});
