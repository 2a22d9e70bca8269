// Rule database-single-point-of-failure: a database that is not redundant by itself (no replicas, one region, not managed).
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { setProperty } from '../fixes/rulesEdits';
import { isRedundant } from '../impact/redundancy';
import { defineRule } from './define';
import { byPosition, incomingOf, named, ofKind, unique } from './graph';

export const rule = defineRule({
  meta: {
    id: 'database-single-point-of-failure',
    category: 'reliability',
    severity: 'warning',
    description: 'A database that is not internally redundant (no replicas, not multi-region, not managed) is a single point of failure.',
    fix: 'add `replicas: 2`',
    escalates: true,
  },
  quickFix({ component }) {
    return component && propertyFix('Add replicas: 2', setProperty(componentSite(component), component.properties.get('replicas'), 'replicas', '2'));
  },
  check({ model, explain }) {
    return ofKind(model, 'database')
      .filter((db) => !isRedundant(db))
      .map((db) => ({
        subject: db,
        message: explain(
          `Database ${named(db)} has no replicas.`,
          'Add read replicas (`replicas: 2`), set `multi_region: true`, or use a managed database (`managed: true`).'),
        related: byPosition(unique(incomingOf(db).map((c) => c.from))).map((user) => ({ subject: user, message: `'${user.id}' depends on '${db.id}'` })),
      }));
  },
});
