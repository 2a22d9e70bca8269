// Rule sharding-without-key: a sharded database with no shard key.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { addProperties } from '../fixes/rulesEdits';
import { stringOf } from '../properties';
import { defineRule } from './define';
import { named, ofKind } from './graph';

export const rule = defineRule({
  meta: {
    id: 'sharding-without-key',
    category: 'scalability',
    severity: 'error',
    description: 'A database is sharded but has no `shard_key`.',
    fix: 'add `shard_key: id`',
  },
  quickFix({ component }) {
    return component && propertyFix('Add shard_key: id', addProperties(componentSite(component), [['shard_key', 'id']]));
  },
  check({ model, explain }) {
    return ofKind(model, 'database')
      .filter((db) => { const sharding = stringOf(db.properties, 'sharding'); return sharding !== undefined && sharding !== 'none' && !db.properties.has('shard_key'); })
      .map((db) => ({
        subject: db,
        message: explain(
          `Database ${named(db)} uses \`sharding: ${stringOf(db.properties, 'sharding')}\` but has no 'shard_key'.`,
          'Set `shard_key` to a field most queries carry and that spreads load evenly (e.g. `shard_key: user_id`).'),
      }));
  },
});
