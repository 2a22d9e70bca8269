// Rule single-load-balancer: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { vary } from './designs';
import { ruleTester } from './tester';

const GW_LINE = 'gateway gw "API gateway" { instances: 2, rate_limit: 100/s }';
const SINGLE_LB = 'loadbalancer gw "Public LB" { health_check: 30s, rate_limit: 100/s }';

ruleTester('single-load-balancer', {
  valid: [
    vary([[GW_LINE, 'loadbalancer gw "Public LB" { instances: 2, health_check: 30s, rate_limit: 100/s }']]),
    // A second way in: the load balancer does not front the whole design.
    vary([[GW_LINE, SINGLE_LB]], 'gateway admin "Admin gateway" { instances: 2, rate_limit: 10/s }\napp -> admin { protocol: https }\nadmin -> api\n'),
    // v2: a managed cloud load balancer (an AWS ALB) is redundant by itself.
    vary([[GW_LINE, 'loadbalancer gw "Public LB" { managed: true, health_check: 30s, rate_limit: 100/s }']]),
    // v2: a client that reaches no service through it loses nothing a load balancer could take away.
    vary([], 'client crawler "Crawler" { type: web }\nloadbalancer static-lb "Static LB" { health_check: 30s, rate_limit: 100/s }\nstorage files "Files" { provider: s3 }\ncrawler -> static-lb { protocol: https }\nstatic-lb -> files\n'),
  ],
  invalid: [
    {
      design: vary([[GW_LINE, SINGLE_LB]]),
      findings: [{ at: 'gw', severity: 'info', message: /Load balancer 'gw' runs one instance and every request from client 'app' to a service passes through it.*instances: 2/ }],
    },
    {
      // v2: a second client with its own way in does not help the first one: 'app' still loses every service.
      design: vary([[GW_LINE, SINGLE_LB]], 'client admin "Admin console" { type: web }\nservice backoffice "Back office" { instances: 2 }\nadmin -> backoffice { protocol: https }\n'),
      findings: [{ at: 'gw', severity: 'info', message: /every request from client 'app' to a service passes through it: if it fails, that client reaches no service/ }],
    },
  ],
  fixed: [{ output: vary([[GW_LINE, 'loadbalancer gw "Public LB" { health_check: 30s, rate_limit: 100/s, instances: 2 }']]) }],
});
