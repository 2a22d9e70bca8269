// Rule shared-database: two or more services or workers write the same database.
import type { Component } from '../model';
import { defineRule } from './define';
import { byPosition, incomingOf, listOf, named, ofKind, writes } from './graph';

export const rule = defineRule({
  meta: {
    id: 'shared-database',
    category: 'maintainability',
    severity: 'info',
    description: 'Two or more services or workers write to the same database.',
  },
  check({ model, explain }) {
    return ofKind(model, 'database').flatMap((db) => {
      const writers = new Set<Component>();
      for (const connection of incomingOf(db)) {
        const from = connection.from;
        if (connection.kind === 'sync' && writes(connection) && from.type === 'component' && (from.kind === 'service' || from.kind === 'worker')) writers.add(from);
      }
      if (writers.size < 2) return [];
      const sorted = byPosition(writers);
      return [{
        subject: db,
        message: explain(
          `Database ${named(db)} is written by ${sorted.length} services: ${listOf(sorted.map((w) => `'${w.id}'`))}.`,
          `Give each service its own database and share data through APIs or events; if only one writes, mark the others' connections \`access: read\`.`),
        related: sorted.map((writer) => ({ subject: writer, message: `'${writer.id}' writes to '${db.id}'` })),
      }];
    });
  },
});
