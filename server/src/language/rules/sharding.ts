// "Sharded" (rules.md v2): whether a database spreads its data, and so its writes, over more than one node.
import type { Component } from '../model';
import { numberOf, stringOf } from '../properties';

/** Engines that partition data across nodes by themselves, whatever the design says about sharding. */
export const SELF_PARTITIONING_ENGINES: ReadonlySet<string> = new Set(['dynamodb', 'cassandra', 'spanner', 'cockroachdb']);

/** Why the design itself says the database is split (`sharding` other than `none`, or `shards` > 1); undefined when it does not. */
export function declaredShardingOf(db: Component): string | undefined {
  const sharding = stringOf(db.properties, 'sharding');
  if (sharding !== undefined && sharding !== 'none') return `uses \`sharding: ${sharding}\``;
  const shards = numberOf(db.properties, 'shards');
  if (shards !== undefined && shards > 1) return `is split into ${shards} shards (\`shards: ${shards}\`)`;
  return undefined;
}

/** Why the database is sharded, in the words a message shows (declared, or by its engine); undefined when it is not. */
export function shardingOf(db: Component): string | undefined {
  const declared = declaredShardingOf(db);
  if (declared) return declared;
  const engine = stringOf(db.properties, 'engine');
  if (engine !== undefined && SELF_PARTITIONING_ENGINES.has(engine)) return `runs on ${engine}, which partitions data by itself`;
  return undefined;
}

export function isSharded(db: Component): boolean {
  return shardingOf(db) !== undefined;
}
