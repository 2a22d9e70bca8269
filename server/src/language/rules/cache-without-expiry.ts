// Rule cache-without-expiry: a cache with neither a TTL nor an eviction policy, on an engine that does not evict by itself.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { addProperties } from '../fixes/rulesEdits';
import { stringOf } from '../properties';
import { defineRule } from './define';
import { named, ofKind } from './graph';

export const rule = defineRule({
  meta: {
    id: 'cache-without-expiry',
    category: 'performance',
    severity: 'warning',
    description: 'A cache has neither a TTL nor an eviction policy, and its engine is not `memcached`.',
    fix: 'add `ttl: 1h` and `eviction: allkeys-lru`',
  },
  quickFix({ component }) {
    return component && propertyFix('Add ttl: 1h and eviction: allkeys-lru', addProperties(componentSite(component), [['ttl', '1h'], ['eviction', 'allkeys-lru']]));
  },
  check({ model, explain }) {
    return ofKind(model, 'cache')
      .filter((cache) => !cache.properties.has('ttl') && !cache.properties.has('eviction'))
      // Memcached always evicts the least recently used entries when full: it cannot fill up with stale data for good.
      .filter((cache) => stringOf(cache.properties, 'engine') !== 'memcached')
      .map((cache) => ({
        subject: cache,
        message: explain(
          `Cache ${named(cache)} has neither a 'ttl' nor an 'eviction' policy.`,
          'Set a `ttl` (e.g. `ttl: 1h`) and an `eviction` policy (e.g. `eviction: allkeys-lru`).'),
      }));
  },
});
