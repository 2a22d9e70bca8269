// Rule database-without-backup: a database with no backups to recover from mistakes, and no source to rebuild it from.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { addProperties } from '../fixes/rulesEdits';
import { defineRule } from './define';
import { named, ofKind } from './graph';

export const rule = defineRule({
  meta: {
    id: 'database-without-backup',
    category: 'reliability',
    severity: 'info',
    description: 'A database has no `backup` and no `derived_from`.',
    fix: 'add `backup: 1d`',
  },
  quickFix({ component }) {
    return component && propertyFix('Add backup: 1d', addProperties(componentSite(component), [['backup', '1d']]));
  },
  check({ model, explain }) {
    return ofKind(model, 'database')
      // A database derived from other stores (a read model, a search index) is rebuilt from them, not restored.
      .filter((db) => !db.properties.has('backup') && !db.properties.has('derived_from'))
      .map((db) => ({
        subject: db,
        message: explain(
          `Database ${named(db)} has no 'backup'.`,
          'Set a backup interval (e.g. `backup: 1d`), keep backups elsewhere and test restoring them; or, if it is rebuilt from other stores, say so with `derived_from`.'),
      }));
  },
});
