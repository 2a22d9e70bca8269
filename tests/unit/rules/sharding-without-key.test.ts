// Rule sharding-without-key: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { BASE, DB_LINE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('sharding-without-key', {
  valid: [
    BASE, vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, sharding: none }']]),
    vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, shards: 1 }']]),
    vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, shards: 4, shard_key: user_id }']]),
    // A self-partitioning engine declares nothing: its partition key is each table's.
    vary([[DB_LINE, 'database db "DB" { engine: dynamodb, replicas: 2, backup: 1d }']]),
  ],
  invalid: [
    { design: vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, sharding: hash }']]), findings: [{ at: 'db', severity: 'error', message: /`sharding: hash` but has no 'shard_key'/ }] },
    // v2: four shards without a strategy are still split by something.
    { design: vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, shards: 4 }']]), findings: [{ at: 'db', severity: 'error', message: /Database 'db' is split into 4 shards \(`shards: 4`\) but has no 'shard_key'/ }] },
  ],
  fixed: [{ output: vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, sharding: hash, shard_key: id }']]) }],
});
