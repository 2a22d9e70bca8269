// Rule single-region: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { DB_LINE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('single-region', {
  valid: [
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  availability: 99.9%\n}\n']]),
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  availability: 99.99%\n}\n'], [DB_LINE, `group eu "EU" {\n  kind: region\n  ${DB_LINE}\n}\ngroup us "US" {\n  kind: region\n  database db2 "DB" { engine: postgres, replicas: 2, backup: 1d }\n}`]], 'api -> db2\n'),
  ],
  invalid: [{ design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  availability: 99.99%\n}\n']]), findings: [{ at: '99.99%', severity: 'info', message: /targets 99\.99% availability but runs in no declared region/ }] }],
});
