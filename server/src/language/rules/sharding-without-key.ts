// Rule sharding-without-key: a sharded database with no shard key.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { addProperties } from '../fixes/rulesEdits';
import { defineRule } from './define';
import { named, ofKind } from './graph';
import { declaredShardingOf } from './sharding';

export const rule = defineRule({
  meta: {
    id: 'sharding-without-key',
    category: 'scalability',
    severity: 'error',
    description: 'A database declares sharding (`sharding` other than `none`, or `shards` > 1) but has no `shard_key`.',
    fix: 'add `shard_key: id`',
  },
  quickFix({ component }) {
    return component && propertyFix('Add shard_key: id', addProperties(componentSite(component), [['shard_key', 'id']]));
  },
  check({ model, explain }) {
    return ofKind(model, 'database')
      .flatMap((db) => {
        const sharded = declaredShardingOf(db);
        return sharded && !db.properties.has('shard_key') ? [{ db, sharded }] : [];
      })
      .map(({ db, sharded }) => ({
        subject: db,
        message: explain(
          `Database ${named(db)} ${sharded} but has no 'shard_key'.`,
          'Set `shard_key` to a field most queries carry and that spreads load evenly (e.g. `shard_key: user_id`).'),
      }));
  },
});
