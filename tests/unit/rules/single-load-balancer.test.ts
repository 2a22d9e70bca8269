// Rule single-load-balancer: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { vary } from './designs';
import { ruleTester } from './tester';

ruleTester('single-load-balancer', {
  valid: [
    vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "Public LB" { instances: 2, health_check: 30s, rate_limit: 100/s }']]),
    // A second way in: the load balancer does not front the whole design.
    vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "Public LB" { health_check: 30s, rate_limit: 100/s }']],
      'gateway admin "Admin gateway" { instances: 2, rate_limit: 10/s }\napp -> admin { protocol: https }\nadmin -> api\n'),
  ],
  invalid: [{
    design: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "Public LB" { health_check: 30s, rate_limit: 100/s }']]),
    findings: [{ at: 'gw', severity: 'info', message: /Load balancer 'gw' runs one instance and every request into the design passes through it.*instances: 2/ }],
  }],
  fixed: [{ output: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "Public LB" { health_check: 30s, rate_limit: 100/s, instances: 2 }']]) }],
});
