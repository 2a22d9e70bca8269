// Rule cache-without-expiry: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { vary } from './designs';
import { ruleTester } from './tester';

ruleTester('cache-without-expiry', {
  valid: [
    vary([], 'cache c "Redis" { engine: redis, ttl: 5m }\napi -> c\n'), vary([], 'cache c "Redis" { eviction: lru }\napi -> c\n'),
    // v2: memcached always evicts least-recently-used entries.
    vary([], 'cache c "Memcached" { engine: memcached }\napi -> c\n'),
  ],
  invalid: [
    { design: vary([], 'cache c "Redis" { engine: redis }\napi -> c\n'), findings: [{ at: 'c', severity: 'warning', message: /Cache 'c' has neither a 'ttl' nor an 'eviction'.*ttl: 1h/ }] },
    // No engine at all is not memcached: nothing says it evicts.
    { design: vary([], 'cache c "Cache"\napi -> c\n'), findings: [{ at: 'c', severity: 'warning', message: /Cache 'c'/ }] },
  ],
  fixed: [{ output: vary([], 'cache c "Redis" { engine: redis, ttl: 1h, eviction: allkeys-lru }\napi -> c\n') }],
});
