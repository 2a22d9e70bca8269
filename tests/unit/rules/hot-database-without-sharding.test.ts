// Rule hot-database-without-sharding: designs that fire it (severity, range, message), near misses and @allow.
import { DB_LINE, vary } from './designs';
import { ruleTester } from './tester';

const scale = (lines: string) => vary([['design "Base"\n', `design "Base"\n\nscale {\n${lines}}\n`]]);
const hot = (db: string, lines = '  writes: 5k/s\n  peak_factor: 3x\n') =>
  vary([['design "Base"\n', `design "Base"\n\nscale {\n${lines}}\n`], [DB_LINE, `database db "DB" { engine: postgres, replicas: 2, backup: 1d${db} }`]]);

ruleTester('hot-database-without-sharding', {
  valid: [
    scale('  writes: 1k/s\n  peak_factor: 3x\n'),
    hot(', sharding: hash, shard_key: id'),
    // v2: more than one shard, a self-partitioning engine, several regions, or a capacity that takes the peak.
    hot(', shards: 4, shard_key: id'),
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 5k/s\n  peak_factor: 3x\n}\n'], [DB_LINE, 'database db "DB" { engine: cassandra, replicas: 2, backup: 1d }']]),
    hot(', multi_region: true'),
    hot(', capacity: 20k/s'),
    // No peak_factor: the peak is the average, under the 10k/s of one primary.
    scale('  writes: 8k/s\n'),
    // Only read: it takes none of the writes.
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 50k/s\n}\n'], ['api -> db\n', 'api -> db { access: read }\n']]),
  ],
  invalid: [
    { design: scale('  writes: 5k/s\n  peak_factor: 3x\n'), findings: [{ at: 'db', severity: 'info', message: /Peak writes .*= 15,000\/s\) exceed the 10,000\/s one primary of 'db'/ }] },
    // v2: with no peak_factor the arithmetic uses × 1.
    { design: scale('  writes: 12k/s\n'), findings: [{ at: 'db', severity: 'info', message: /Peak writes \(12,000\/s writes × 1 peak factor = 12,000\/s\) exceed the 10,000\/s one primary of 'db' can take/ }] },
    // v2: the database's own capacity is the limit.
    { design: hot(', capacity: 2k/s', '  writes: 1k/s\n  peak_factor: 3x\n'), findings: [{ at: 'db', severity: 'info', message: /3,000\/s\) exceed the `capacity` of 'db', 2,000\/s, and it is neither sharded nor multi-region/ }] },
    { design: hot(', shards: 1'), findings: [{ at: 'db', severity: 'info', message: /15,000\/s/ }] },
  ],
});
