// Rule missing-health-check: a load balancer that cannot see failed instances.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { addProperties } from '../fixes/rulesEdits';
import { defineRule } from './define';
import { named, ofKind } from './graph';

export const rule = defineRule({
  meta: {
    id: 'missing-health-check',
    category: 'reliability',
    severity: 'info',
    description: 'A load balancer has no `health_check`.',
    fix: 'add `health_check: 30s`',
  },
  quickFix({ component }) {
    return component && propertyFix('Add health_check: 30s', addProperties(componentSite(component), [['health_check', '30s']]));
  },
  check({ model, explain }) {
    return ofKind(model, 'loadbalancer')
      .filter((lb) => !lb.properties.has('health_check'))
      .map((lb) => ({
        subject: lb,
        message: explain(
          `Load balancer ${named(lb)} has no 'health_check'.`,
          'Set a health-check interval (e.g. `health_check: 30s`).'),
      }));
  },
});
