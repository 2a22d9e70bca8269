// "Sharded" (rules.md v2), shared by hot-database-without-sharding and storage-beyond-one-node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Component } from '../../../server/src/language/model';
import { modelOfText } from '../../../server/src/language/model';
import { declaredShardingOf, isSharded, shardingOf } from '../../../server/src/language/rules/sharding';

function db(properties: string): Component {
  const found = modelOfText(`database db "DB" { ${properties} }\n`).components[0];
  assert.ok(found);
  return found;
}

test('sharding other than none, or more than one shard, is declared sharding', () => {
  assert.equal(declaredShardingOf(db('sharding: hash')), 'uses `sharding: hash`');
  assert.equal(declaredShardingOf(db('shards: 4')), 'is split into 4 shards (`shards: 4`)');
  assert.equal(declaredShardingOf(db('sharding: none')), undefined);
  assert.equal(declaredShardingOf(db('shards: 1')), undefined);
  assert.equal(declaredShardingOf(db('engine: postgres')), undefined);
});

test('a self-partitioning engine is sharded without saying so; others are not', () => {
  for (const engine of ['dynamodb', 'cassandra', 'spanner', 'cockroachdb']) {
    assert.equal(isSharded(db(`engine: ${engine}`)), true, engine);
    assert.equal(declaredShardingOf(db(`engine: ${engine}`)), undefined, `${engine} declares nothing`);
  }
  assert.match(shardingOf(db('engine: cassandra')) ?? '', /cassandra, which partitions data by itself/);
  for (const engine of ['postgres', 'mysql', 'mongodb']) assert.equal(isSharded(db(`engine: ${engine}`)), false, engine);
  assert.equal(isSharded(db('engine: postgres, sharding: none, shards: 1')), false);
});
