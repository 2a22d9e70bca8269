// Rule cache-without-expiry: a cache with neither a TTL nor an eviction policy.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { addProperties } from '../fixes/rulesEdits';
import { RULE_DOCS } from './docs.generated';
import { named, ofKind } from './graph';
import { explain } from './message';
import type { RuleDefinition } from './types';

export const cacheWithoutExpiry: RuleDefinition = {
  id: 'cache-without-expiry',
  category: 'performance',
  severity: 'warning',
  description: 'A cache has neither a TTL nor an eviction policy.',
  fixable: true,
  fix: 'add `ttl: 1h` and `eviction: allkeys-lru`',
  docs: RULE_DOCS['cache-without-expiry'],
  quickFix({ component }) {
    return component && propertyFix('Add ttl: 1h and eviction: allkeys-lru', addProperties(componentSite(component), [['ttl', '1h'], ['eviction', 'allkeys-lru']]));
  },
  check({ model }) {
    return ofKind(model, 'cache')
      .filter((cache) => !cache.properties.has('ttl') && !cache.properties.has('eviction'))
      .map((cache) => ({
        subject: cache,
        message: explain('cache-without-expiry',
          `Cache ${named(cache)} has neither a 'ttl' nor an 'eviction' policy.`,
          'Set a `ttl` (e.g. `ttl: 1h`) and an `eviction` policy (e.g. `eviction: allkeys-lru`).'),
      }));
  },
};
