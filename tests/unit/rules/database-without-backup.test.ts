// Rule database-without-backup: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { BASE, DB_LINE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('database-without-backup', {
  valid: [
    BASE,
    // v2: a store rebuilt from others is not restored from backups.
    vary([], 'database reports "Reports" { engine: postgres, replicas: 2, derived_from: [db] }\napi -> reports { access: read }\n'),
  ],
  invalid: [{ design: vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2 }']]), findings: [{ at: 'db', severity: 'info', message: /Database 'db' has no 'backup'/ }] }],
  fixed: [{ output: BASE }],
});
