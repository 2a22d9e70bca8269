// Rule storage-beyond-one-node: the design stores more than one node holds, on a written database that is not sharded.
import { formatBytes, parseQuantity } from '../quantities';
import { defineRule } from './define';
import { incomingOf, named, ofKind, writes } from './graph';
import { isSharded } from './sharding';

/** The bytes `maxNodeStorage` stands for (the configuration schema only lets sizes through). */
function bytesOf(size: string): number {
  const parsed = parseQuantity(size);
  return parsed.ok ? parsed.quantity.value : 10e12;
}

export const rule = defineRule({
  meta: {
    id: 'storage-beyond-one-node',
    category: 'scalability',
    severity: 'info',
    description: '`scale.storage` exceeds `maxNodeStorage` (default 10TB) and a written database is not sharded.',
  },
  check({ model, config, estimate, explain }) {
    const storage = estimate.storage;
    const limit = bytesOf(config.maxNodeStorage);
    if (!storage || storage.value <= limit) return [];
    const stored = storage.source === 'given' ? `${formatBytes(storage.value)} (scale.storage)` : `${storage.how} = ${formatBytes(storage.value)}`;
    return ofKind(model, 'database')
      // A database nothing writes to does not grow with the design's data.
      .filter((db) => !isSharded(db) && incomingOf(db).some((c) => c.kind !== 'async' && writes(c)))
      .map((db) => ({
        subject: db,
        message: explain(
          `The design stores ${stored}, more than the ${formatBytes(limit)} one node holds (maxNodeStorage), and database ${named(db)} is written but not sharded.`,
          `Shard ${named(db)}: set \`sharding\` (e.g. \`hash\`) with a \`shard_key\`, and \`shards\`, or use an engine that partitions by itself.`),
      }));
  },
});
