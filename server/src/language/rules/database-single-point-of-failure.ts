// Rule database-single-point-of-failure: a database with no replicas and no multi-region setup.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { setProperty } from '../fixes/rulesEdits';
import { booleanOf, numberOf } from '../properties';
import { defineRule } from './define';
import { byPosition, incomingOf, named, ofKind, unique } from './graph';

export const rule = defineRule({
  meta: {
    id: 'database-single-point-of-failure',
    category: 'reliability',
    severity: 'warning',
    description: 'A database without replicas (and not multi-region) is a single point of failure.',
    fix: 'add `replicas: 2`',
    escalates: true,
  },
  quickFix({ component }) {
    return component && propertyFix('Add replicas: 2', setProperty(componentSite(component), component.properties.get('replicas'), 'replicas', '2'));
  },
  check({ model, explain }) {
    return ofKind(model, 'database')
      .filter((db) => (numberOf(db.properties, 'replicas') ?? 0) <= 0 && booleanOf(db.properties, 'multi_region') !== true)
      .map((db) => ({
        subject: db,
        message: explain(
          `Database ${named(db)} has no replicas.`,
          'Add read replicas (`replicas: 2`) or set `multi_region: true`.'),
        related: byPosition(unique(incomingOf(db).map((c) => c.from))).map((user) => ({ subject: user, message: `'${user.id}' depends on '${db.id}'` })),
      }));
  },
});
