// Rule hot-database-without-sharding: peak writes beyond what one primary takes, on a database that is neither sharded nor multi-region.
import { booleanOf, numberOf } from '../properties';
import { formatNumber } from '../quantities';
import { defineRule } from './define';
import { incomingOf, named, ofKind, writes } from './graph';
import { isSharded } from './sharding';

/** Writes per second one primary is assumed to take when the design gives no capacity. */
export const PRIMARY_WRITE_CAPACITY = 10_000;

export const rule = defineRule({
  meta: {
    id: 'hot-database-without-sharding',
    category: 'scalability',
    severity: 'info',
    description: "The design's peak writes exceed what one database primary takes, and the database is neither sharded nor multi-region.",
  },
  check({ model, estimate, explain }) {
    const peak = estimate.peakWrites;
    const writeRate = estimate.writes?.value;
    if (!peak || writeRate === undefined) return [];
    const factor = estimate.peakFactor.value;
    // The arithmetic as the user wrote it: no peak_factor means the peak is the average (× 1).
    const arithmetic = `${formatNumber(writeRate)}/s writes × ${formatNumber(factor)} peak factor = ${formatNumber(peak.value)}/s`;
    return ofKind(model, 'database')
      // A sharded database spreads its writes over several primaries; a multi-region one takes writes in each region.
      .filter((db) => !isSharded(db) && booleanOf(db.properties, 'multi_region') !== true)
      // A database nothing writes to takes none of the write load.
      .filter((db) => incomingOf(db).some((c) => c.kind !== 'async' && writes(c)))
      .flatMap((db) => {
        const capacity = numberOf(db.properties, 'capacity') ?? PRIMARY_WRITE_CAPACITY;
        if (peak.value <= capacity) return [];
        const limit = db.properties.has('capacity')
          ? `the \`capacity\` of ${named(db)}, ${formatNumber(capacity)}/s`
          : `the ${formatNumber(capacity)}/s one primary of ${named(db)} can take (no \`capacity\` given)`;
        return [{
          subject: db,
          message: explain(
            `Peak writes (${arithmetic}) exceed ${limit}, and it is neither sharded nor multi-region.`,
            'Shard it: set `sharding` (e.g. `hash`) with a `shard_key`, and `shards`; or use an engine that partitions by itself (DynamoDB, Cassandra, Spanner, CockroachDB).'),
        }];
      });
  },
});
