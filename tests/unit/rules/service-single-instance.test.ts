// Rule service-single-instance: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { API_LINE, vary } from './designs';
import { ruleTester } from './tester';

const GW_LINE = 'gateway gw "API gateway" { instances: 2, rate_limit: 100/s }';

ruleTester('service-single-instance', {
  valid: [
    vary([[API_LINE, 'service api "API" { autoscale: 2..10 }']]),
    // A worker reached only through a queue is off the request path.
    vary([], 'queue jobs "Jobs" { engine: sqs, dlq: jobs-dlq }\nqueue jobs-dlq "Dead letters" { engine: sqs }\nworker w "Worker"\napi ~> jobs\njobs ~> w\n'),
    // v2: a managed gateway (API Gateway, Apigee) is redundant by itself.
    vary([[GW_LINE, 'gateway gw "API gateway" { managed: true, rate_limit: 100/s }']]),
    // v2: a scheduled call is part of no request: what only it reaches is off the request path.
    vary([], 'service reporter "Nightly report"\napi -> reporter : "nightly export" { periodic: 1d }\n'),
  ],
  invalid: [
    { design: vary([[API_LINE, 'service api "API"']]), findings: [{ at: 'api', severity: 'warning', message: /Service 'api' runs a single instance on the request path from client 'app'.*instances: 2/ }] },
    { design: vary([[GW_LINE, 'gateway gw "API gateway" { rate_limit: 100/s }']]), findings: [{ at: 'gw', severity: 'warning', message: /Gateway 'gw'/ }] },
    // A group on the path passes requests to its members.
    { design: vary([[API_LINE, 'group core "Core" {\n  kind: tier\n  service api "API"\n}'], ['gw -> api', 'gw -> core']]), findings: [{ at: 'api', line: 6, severity: 'warning', message: /single instance/ }] },
    // v2: an autoscale range that may shrink to one instance is not redundant.
    { design: vary([[API_LINE, 'service api "API" { autoscale: 1..10 }']]), findings: [{ at: 'api', severity: 'warning', message: /Service 'api' runs a single instance/ }] },
  ],
  fixed: [{ output: vary([[API_LINE, 'service api "API" { instances: 2 }']]) }],
});
