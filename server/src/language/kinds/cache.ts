// The `cache` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { bool, count, duration, engines, enumOf, managed, references, size } from './specs';
import { n } from './outline';
import { md } from './text';
import type { KindDescriptor } from './types';

export const cache: KindDescriptor<'cache'> = {
  name: 'cache',
  properties: {
    engine: engines('redis', 'memcached', 'local'),
    ttl: duration,
    eviction: enumOf('lru', 'lfu', 'allkeys-lru', 'volatile-lru', 'volatile-ttl', 'noeviction'),
    pattern: enumOf('cache-aside', 'read-through', 'write-through', 'write-behind'),
    max_memory: size,
    replicas: count(0),
    cluster: bool,
    encryption: bool,
    sensitive: bool,
    derived_from: references('database', 'storage'),
    managed,
  },
  doc: {
    title: 'Cache',
    summary: 'In-memory store (Redis, Memcached, local) holding hot data to cut latency and database load.',
    markdown: md(
      '**Cache** — a fast in-memory store (Redis, Memcached, or an in-process local cache) that keeps frequently read data close to the application, cutting latency and taking load off the database. Caching pays off most in read-heavy systems.',
      '',
      '**Patterns**',
      '- *Cache-aside (lazy loading)*: the application reads the cache, and on a miss reads the database and fills the cache. Only requested data is cached; the first read is slow and data can be stale until it expires or is invalidated.',
      '- *Read-through*: the cache itself loads missing entries from the database; application code stays simple.',
      '- *Write-through*: every write goes to the database and the cache together. Cache stays fresh; writes get slower.',
      '- *Write-behind (write-back)*: write to the cache now and persist to the database later, usually through a queue. Very fast writes, but data not yet flushed is lost if the cache dies.',
      '',
      '**Expiry and eviction**',
      '- A **TTL** bounds how stale an entry can get and lets unused entries disappear.',
      '- When memory is full an **eviction policy** chooses what to drop: *LRU* (least recently used) suits most workloads, *LFU* (least frequently used) keeps long-term favourites. Without TTL or eviction the cache grows until it fails or serves stale data forever.',
      '',
      '**Invalidation:** by TTL, on data-change events, manually, or by versioned keys. Deleting the key on update (then letting the next read refill it) is the simplest safe choice with cache-aside.',
      '',
      '**Stampede:** when a hot entry expires, many requests miss at once and all hit the database. Counter it with a lock or single-flight refill, slightly randomised TTLs, or early refresh. Hot keys can also be replicated in a local in-process cache (multi-level caching: local → Redis → database).',
      '',
      '**In sysd:** `engine: redis | memcached | local`, `ttl`, `eviction`, `pattern`, `max_memory`, `replicas`, `cluster`, `encryption`, `sensitive`, `derived_from` (the stores it is filled from), `managed`.',
    ),
  },
  diagram: {
    category: 'data',
    insets: { top: 6, right: 0, bottom: 0, left: 0 },
    outline: (w, h, shape, detail) =>
      `<rect ${shape} x="0" y="0" width="${n(w)}" height="${n(h)}" rx="6"/>`
        + `<path ${detail} d="M0,6 H${n(w)}"/>`,
    icon: () => '<path d="M11,2 L5,11 H10 L9,18 L15,8 H10 Z"/>',
  },
  symbol: 'Field',
  traits: ['backend'],
  snippet: {
    id: 'hot-cache', label: 'Cache', properties: ['engine: ${3|redis,memcached,local|}', 'ttl: ${4:1h}', 'eviction: ${5|allkeys-lru,lru,lfu,volatile-lru,volatile-ttl,noeviction|}', 'pattern: ${6|cache-aside,read-through,write-through,write-behind|}'],
    why: 'A TTL and an eviction policy let the cache forget; the pattern says how it is filled.',
  },
  mermaid: { shape: ['[(', ')]'], colors: ['#fce4ec', '#ad1457'] },
  d2: 'stored_data',
};
