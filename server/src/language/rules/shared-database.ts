// Rule shared-database: two or more services write the same database without declaring one shared owner.
import type { Component } from '../model';
import { stringOf } from '../properties';
import { defineRule } from './define';
import { byPosition, incomingOf, listOf, named, ofKind, writes } from './graph';

/** The writers all declare the same `owner`: one team runs them, and the database is that team's. */
function oneOwner(writers: Component[]): boolean {
  const owners = new Set(writers.map((writer) => stringOf(writer.properties, 'owner')));
  return owners.size === 1 && !owners.has(undefined);
}

export const rule = defineRule({
  meta: {
    id: 'shared-database',
    category: 'maintainability',
    severity: 'info',
    description: 'Two or more services write to the same database, and they do not all declare the same `owner`.',
  },
  check({ model, explain }) {
    return ofKind(model, 'database').flatMap((db) => {
      const writers = new Set<Component>();
      for (const connection of incomingOf(db)) {
        const from = connection.from;
        // Workers and functions are a service's background side: their writes are that service's own.
        if (connection.kind === 'sync' && writes(connection) && from.type === 'component' && from.kind === 'service') writers.add(from);
      }
      if (writers.size < 2 || oneOwner([...writers])) return [];
      const sorted = byPosition(writers);
      return [{
        subject: db,
        message: explain(
          `Database ${named(db)} is written by ${sorted.length} services: ${listOf(sorted.map((w) => `'${w.id}'`))}.`,
          `Give each service its own database and share data through APIs or events; if only one writes, mark the others' connections \`access: read\`; if one team owns them all, give each the same \`owner\`.`),
        related: sorted.map((writer) => ({ subject: writer, message: `'${writer.id}' writes to '${db.id}'` })),
      }];
    });
  },
});
