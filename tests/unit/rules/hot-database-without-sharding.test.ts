// Rule hot-database-without-sharding: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { DB_LINE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('hot-database-without-sharding', {
  valid: [
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 1k/s\n  peak_factor: 3x\n}\n']]),
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 5k/s\n  peak_factor: 3x\n}\n'], [DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, sharding: hash, shard_key: id }']]),
  ],
  invalid: [{ design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 5k/s\n  peak_factor: 3x\n}\n']]), findings: [{ at: 'db', severity: 'info', message: /Peak writes .*= 15,000\/s\) exceed the 10,000\/s one primary of 'db'/ }] }],
});
