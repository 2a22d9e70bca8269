// Rule cache-without-expiry: a cache with neither a TTL nor an eviction policy.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { addProperties } from '../fixes/rulesEdits';
import { defineRule } from './define';
import { named, ofKind } from './graph';

export const rule = defineRule({
  meta: {
    id: 'cache-without-expiry',
    category: 'performance',
    severity: 'warning',
    description: 'A cache has neither a TTL nor an eviction policy.',
    fix: 'add `ttl: 1h` and `eviction: allkeys-lru`',
  },
  quickFix({ component }) {
    return component && propertyFix('Add ttl: 1h and eviction: allkeys-lru', addProperties(componentSite(component), [['ttl', '1h'], ['eviction', 'allkeys-lru']]));
  },
  check({ model, explain }) {
    return ofKind(model, 'cache')
      .filter((cache) => !cache.properties.has('ttl') && !cache.properties.has('eviction'))
      .map((cache) => ({
        subject: cache,
        message: explain(
          `Cache ${named(cache)} has neither a 'ttl' nor an 'eviction' policy.`,
          'Set a `ttl` (e.g. `ttl: 1h`) and an `eviction` policy (e.g. `eviction: allkeys-lru`).'),
      }));
  },
});
