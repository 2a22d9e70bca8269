// Rule missing-health-check: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { BASE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('missing-health-check', {
  valid: [
    BASE,
    // v2: `true` says the provider's default interval is used.
    vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "LB" { instances: 2, rate_limit: 100/s, health_check: true }']]),
  ],
  invalid: [{ design: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "LB" { instances: 2, rate_limit: 100/s }']]), findings: [{ at: 'gw', severity: 'info', message: /Load balancer 'gw' has no 'health_check'/ }] }],
  fixed: [{ output: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "LB" { instances: 2, rate_limit: 100/s, health_check: 30s }']]) }],
});
