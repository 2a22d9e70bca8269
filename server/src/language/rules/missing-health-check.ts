// Rule missing-health-check: a load balancer that cannot see failed instances.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { addProperties } from '../fixes/rulesEdits';
import { RULE_DOCS } from './docs.generated';
import { named, ofKind } from './graph';
import { explain } from './message';
import type { RuleDefinition } from './types';

export const missingHealthCheck: RuleDefinition = {
  id: 'missing-health-check',
  category: 'reliability',
  severity: 'info',
  description: 'A load balancer has no `health_check`.',
  fixable: true,
  fix: 'add `health_check: 30s`',
  docs: RULE_DOCS['missing-health-check'],
  quickFix({ component }) {
    return component && propertyFix('Add health_check: 30s', addProperties(componentSite(component), [['health_check', '30s']]));
  },
  check({ model }) {
    return ofKind(model, 'loadbalancer')
      .filter((lb) => !lb.properties.has('health_check'))
      .map((lb) => ({
        subject: lb,
        message: explain('missing-health-check',
          `Load balancer ${named(lb)} has no 'health_check'.`,
          'Set a health-check interval (e.g. `health_check: 30s`).'),
      }));
  },
};
