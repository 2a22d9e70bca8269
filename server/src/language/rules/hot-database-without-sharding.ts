// Rule hot-database-without-sharding: peak writes beyond what one primary takes, on an unsharded database.
import { numberOf, stringOf } from '../properties';
import { formatNumber } from '../quantities';
import { defineRule } from './define';
import { incomingOf, named, ofKind, writes } from './graph';

/** Writes per second one primary is assumed to take when the design gives no capacity. */
export const PRIMARY_WRITE_CAPACITY = 10_000;

export const rule = defineRule({
  meta: {
    id: 'hot-database-without-sharding',
    category: 'scalability',
    severity: 'info',
    description: "The design's peak writes exceed what one database primary takes, and the database is not sharded.",
  },
  check({ model, estimate, explain }) {
    const peak = estimate.peakWrites;
    if (!peak) return [];
    return ofKind(model, 'database')
      .filter((db) => (stringOf(db.properties, 'sharding') ?? 'none') === 'none')
      // A database nothing writes to takes none of the write load.
      .filter((db) => incomingOf(db).some((c) => c.kind !== 'async' && writes(c)))
      .flatMap((db) => {
        const capacity = numberOf(db.properties, 'capacity') ?? PRIMARY_WRITE_CAPACITY;
        if (peak.value <= capacity) return [];
        return [{
          subject: db,
          message: explain(
            `Peak writes (${peak.how} = ${formatNumber(peak.value)}/s) exceed the ${formatNumber(capacity)}/s one primary of ${named(db)} can take, and it is not sharded.`,
            'Shard it: set `sharding` (e.g. `hash`) with a `shard_key`, and `shards`.'),
        }];
      });
  },
});
