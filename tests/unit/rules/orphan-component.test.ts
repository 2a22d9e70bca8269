// Rule orphan-component: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { BASE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('orphan-component', {
  valid: [BASE, vary([], 'queue q "Jobs" { dlq: q-dlq }\nqueue q-dlq "Dead letters"\nworker w "W"\napi ~> q\nq ~> w\n')],
  invalid: [{ design: vary([], 'external geo "Geo IP"\n'), findings: [{ at: 'geo', severity: 'hint', message: /External 'geo' has no connections/ }] }],
  fixed: [{ output: BASE }],
});
