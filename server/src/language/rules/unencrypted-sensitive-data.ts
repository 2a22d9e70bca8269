// Rule unencrypted-sensitive-data: a store marked `sensitive: true` that does not encrypt what it holds.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { setProperty } from '../fixes/rulesEdits';
import { booleanOf } from '../properties';
import { defineRule } from './define';
import { named } from './graph';

export const rule = defineRule({
  meta: {
    id: 'unencrypted-sensitive-data',
    category: 'security',
    severity: 'warning',
    description: 'A component holds sensitive data (`sensitive: true`) without `encryption: true`.',
    fix: 'add `encryption: true`',
  },
  quickFix({ component }) {
    // `encryption: false` written out is replaced, not doubled.
    return component && propertyFix('Add encryption: true',
      setProperty(componentSite(component), component.properties.get('encryption'), 'encryption', 'true'));
  },
  check({ model, explain }) {
    return model.components
      .filter((c) => booleanOf(c.properties, 'sensitive') === true && booleanOf(c.properties, 'encryption') !== true)
      .map((store) => ({
        subject: store,
        message: explain(
          `The ${store.kind} ${named(store)} holds sensitive data (\`sensitive: true\`) but does not encrypt it at rest.`,
          `Set \`encryption: true\` on ${named(store)} (and keep its keys in a key management service).`),
      }));
  },
});
