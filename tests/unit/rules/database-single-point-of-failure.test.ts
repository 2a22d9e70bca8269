// Rule database-single-point-of-failure: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { BASE, DB_LINE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('database-single-point-of-failure', {
  valid: [
    BASE,
    vary([[DB_LINE, 'database db "DB" { engine: spanner, multi_region: true, backup: 1d }']]),
    // v2: a managed database (Aurora, Cloud SQL HA) is run redundantly by its provider.
    vary([[DB_LINE, 'database db "DB" { engine: postgres, managed: true, backup: 1d }']]),
  ],
  invalid: [
    { design: vary([[DB_LINE, 'database db "DB" { engine: postgres, backup: 1d }']]), findings: [{ at: 'db', severity: 'warning', message: /'db' has no replicas\. A database on one machine is a single point of failure.*replicas: 2/ }] },
    { design: vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 0, backup: 1d }']]), findings: [{ at: 'db', severity: 'warning', message: /no replicas/ }] },
    // `managed: false` is said outright: not redundant.
    { design: vary([[DB_LINE, 'database db "DB" { engine: postgres, managed: false, backup: 1d }']]), findings: [{ at: 'db', severity: 'warning', message: /no replicas.*managed: true/ }] },
  ],
  fixed: [{ output: vary([[DB_LINE, 'database db "DB" { engine: postgres, backup: 1d, replicas: 2 }']]) }],
});
