// Rule sharding-without-key: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { BASE, DB_LINE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('sharding-without-key', {
  valid: [BASE, vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, sharding: none }']])],
  invalid: [{ design: vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, sharding: hash }']]), findings: [{ at: 'db', severity: 'error', message: /`sharding: hash` but has no 'shard_key'/ }] }],
  fixed: [{ output: vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, sharding: hash, shard_key: id }']]) }],
});
