// Rule database-without-backup: a database with no backups to recover from mistakes.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { addProperties } from '../fixes/rulesEdits';
import { RULE_DOCS } from './docs.generated';
import { named, ofKind } from './graph';
import { explain } from './message';
import type { RuleDefinition } from './types';

export const databaseWithoutBackup: RuleDefinition = {
  id: 'database-without-backup',
  category: 'reliability',
  severity: 'info',
  description: 'A database has no `backup`.',
  fixable: true,
  fix: 'add `backup: 1d`',
  docs: RULE_DOCS['database-without-backup'],
  quickFix({ component }) {
    return component && propertyFix('Add backup: 1d', addProperties(componentSite(component), [['backup', '1d']]));
  },
  check({ model }) {
    return ofKind(model, 'database')
      .filter((db) => !db.properties.has('backup'))
      .map((db) => ({
        subject: db,
        message: explain('database-without-backup',
          `Database ${named(db)} has no 'backup'.`,
          'Set a backup interval (e.g. `backup: 1d`), keep backups elsewhere and test restoring them.'),
      }));
  },
};
