// Hover documentation for each component kind, drawn (in our own words) from the system-design guide.
import type { ComponentKind } from '../ast';

export interface KindDoc {
  /** Short human name of the kind, e.g. "Load balancer". */
  title: string;
  /** One sentence, for completion details and compact hovers. */
  summary: string;
  /** The full hover: purpose, when to use it, patterns, trade-offs, and the key sysd properties. */
  markdown: string;
}

/** Joins hover lines; keeping one line per array item keeps the source readable and diffable. */
function md(...lines: string[]): string {
  return lines.join('\n');
}

export const kindDocs: Record<ComponentKind, KindDoc> = {
  client: {
    title: 'Client',
    summary: 'Where requests start: a browser, a mobile or desktop app, or a device.',
    markdown: md(
      '**Client** — the user-facing end of the design: a browser, a mobile or desktop app, or an IoT device.',
      '',
      'Every request path starts here, so the client decides what the rest of the design must absorb: how many users (DAU, concurrent users), from where, on which devices, and how often they read versus write.',
      '',
      '- **Talk only to the edge.** A client should reach the system through a CDN, a load balancer or an API gateway, never straight to a database, cache or queue: those have no authentication, validation or rate limiting for the open internet.',
      '- **Cache close to the user.** The browser cache keeps static assets (CSS, JS, images) and cacheable API responses; a CDN serves the rest near the user.',
      '- **Encrypt in transit.** Public traffic uses HTTPS (or WSS for real-time channels); plain HTTP can be read and altered on the way.',
      '- **Real-time features** (chat, presence) keep a long-lived WebSocket open to a gateway tier instead of polling.',
      '',
      '**In sysd:** `type: web | mobile | desktop | iot`. Web clients with `scale.dau` of 1M or more are expected to sit behind a `cdn`.',
    ),
  },

  cdn: {
    title: 'CDN',
    summary: 'Edge cache that serves static and cacheable content from locations near the user.',
    markdown: md(
      '**CDN (content delivery network)** — a global network of edge caches that answers requests from a location close to the user.',
      '',
      'Use it for anything many users fetch unchanged: static assets, images, video, downloads, and API responses that are the same for everyone for a while (a trending list cached for a few minutes). In a read-heavy public product the CDN can take the large majority of requests off the origin.',
      '',
      '- **Lower latency:** the bytes travel a short distance instead of crossing the world to the origin.',
      '- **Less origin load and bandwidth:** a cache hit never reaches your load balancer or servers.',
      '- **Freshness is the trade-off:** content lives at the edge until its TTL runs out or it is purged. Long TTLs with versioned file names suit immutable assets; short TTLs suit semi-dynamic API responses.',
      '- **Never cache private data at the edge:** per-user responses (a personal feed) must be marked private / no-store.',
      '- Object storage is commonly served through the CDN, with pre-signed URLs for private files.',
      '',
      '**In sysd:** `ttl` (duration such as `30d`), `provider`, `caches: [static, images, video, api]`.',
    ),
  },

  loadbalancer: {
    title: 'Load balancer',
    summary: 'Spreads traffic over several instances (layer 4 or layer 7) and routes around unhealthy ones.',
    markdown: md(
      '**Load balancer** — distributes incoming traffic across a pool of identical instances so that no single server carries it all, and stops sending traffic to instances that fail their health checks.',
      '',
      'Put one in front of any service that runs more than one instance; it is what makes horizontal scaling and rolling deploys possible.',
      '',
      '**Layer 4 or layer 7**',
      '- **L4 (transport):** routes on IP address and port only. Fast, cheap, works for any protocol, but cannot look inside the request.',
      '- **L7 (application):** reads HTTP — path, headers, cookies — so it can route `/api` and `/static` differently, terminate TLS, and rate-limit. It costs more work per request.',
      '',
      '**Algorithms**',
      '- *Round robin*: each server in turn — fine when servers and requests are alike.',
      '- *Weighted round robin*: bigger servers get proportionally more.',
      '- *Least connections*: the server with the fewest open connections — good when request durations vary.',
      '- *IP hash*: the same client lands on the same server (session affinity).',
      '- *Geo*: routes by the client\'s location to the nearest region.',
      '',
      '**Operational concerns**',
      '- **Health checks** (e.g. every 30s) take broken instances out of rotation automatically.',
      '- **SSL/TLS termination** at the balancer offloads encryption from the application servers and centralises certificates.',
      '- **Sticky sessions** pin a user to one server; they hurt even distribution and failover, so prefer stateless services with shared session storage.',
      '- A single balancer is itself a single point of failure: run a redundant pair (active-passive or active-active).',
      '',
      '**In sysd:** `layer: 4 | 7`, `algorithm`, `health_check` (interval), `rate_limit`, `instances`, `tls_termination`, `sticky_sessions`.',
    ),
  },

  gateway: {
    title: 'API gateway',
    summary: 'Single entry point for APIs: routing, authentication, rate limiting and aggregation.',
    markdown: md(
      '**API gateway** — the single front door to a set of back-end services. Clients talk to one endpoint; the gateway decides which service handles each call.',
      '',
      'Typical in microservice and serverless designs, where many small services sit behind one public API.',
      '',
      '- **Routing:** maps paths and versions (`/users`, `/v2/posts`) to the owning service.',
      '- **Authentication and authorization:** validates JWTs, OAuth2 tokens, API keys or client certificates once, so services behind it can trust the caller identity.',
      '- **Rate limiting:** protects the back end from abuse and traffic spikes. A *token bucket* allows short bursts up to the bucket size and refills at a steady rate; a *sliding window* counts requests over the last N seconds for a smoother, stricter limit. Excess requests get HTTP 429.',
      '- **Aggregation:** one client call can fan out to several services and return a combined response, which saves round trips for mobile clients.',
      '- **Cross-cutting concerns:** TLS, request logging, metrics, request IDs, response caching.',
      '- **Trade-off:** every request passes through it, so it must be redundant and fast, and it must not accumulate business logic.',
      '- WebSocket gateways hold long-lived real-time connections (chat, presence) and need many instances plus a way to find which instance holds a given user.',
      '',
      '**In sysd:** `rate_limit` (e.g. `100/s`), `auth: none | jwt | oauth2 | api_key | mtls`, `instances`.',
    ),
  },

  service: {
    title: 'Service',
    summary: 'Application service running business logic; ideally stateless and horizontally scaled.',
    markdown: md(
      '**Service** — an application server running business logic behind an API (a user service, a post service, a redirect service).',
      '',
      '- **Keep it stateless.** When no request depends on memory left by a previous one (sessions live in a cache or database), any instance can serve any request, so the service scales horizontally by adding instances behind a load balancer and survives the loss of one.',
      '- **Horizontal over vertical scaling.** A bigger machine is simple but has a ceiling and stays a single point of failure; more instances grow with load and tolerate failures. Autoscaling adds and removes instances with demand.',
      '- **Know your capacity.** Estimate what one instance handles per second; peak load ÷ per-instance capacity tells you how many instances you need, with headroom.',
      '- **Timeouts and retries.** Every outgoing call needs a timeout so a slow dependency cannot pin all your threads; retries should be few, with exponential backoff and jitter, and only for idempotent operations.',
      '- **Circuit breaker.** After repeated failures, stop calling a dependency for a while and fail fast or degrade gracefully, instead of piling load onto something already struggling.',
      '- **Own your data.** In a microservice design each service owns its database; others go through its API or its events rather than sharing tables.',
      '- **Go asynchronous** for work the caller does not need to wait for (analytics, notifications): publish an event and return.',
      '',
      '**In sysd:** `instances`, `autoscale` (range such as `2..20`), `capacity` (rate per instance), `stateless`, `timeout`, `retries`, `circuit_breaker`, `health_check`, `language`.',
    ),
  },

  worker: {
    title: 'Worker',
    summary: 'Background consumer that processes jobs or messages from a queue or topic.',
    markdown: md(
      '**Worker** — a background process that consumes messages or jobs (from a queue or topic) and does work that need not happen inside the user\'s request: sending notifications, updating counters, resizing images, writing analytics.',
      '',
      '- **Decoupling:** producers return as soon as the message is queued; workers process at their own pace, and a burst of traffic becomes a longer queue instead of an outage.',
      '- **Scale by consumers:** add worker instances (or raise `concurrency`) when the queue depth grows. With Kafka, parallelism is bounded by the number of partitions.',
      '- **Be idempotent:** most brokers deliver at least once, so the same message can arrive twice; processing it twice must not double-charge or double-count.',
      '- **Handle poison messages:** retry a limited number of times with backoff, then move the message to a dead-letter queue instead of blocking the stream.',
      '- Watch queue depth and processing lag: they are the worker tier\'s main health signals.',
      '',
      '**In sysd:** the service properties (`instances`, `autoscale`, `capacity`, `timeout`, `retries`, …) plus `concurrency`. Connect it as a consumer with `queue ~> worker`.',
    ),
  },

  function: {
    title: 'Serverless function',
    summary: 'Event-triggered code run by the platform (FaaS), scaled and billed per invocation.',
    markdown: md(
      '**Serverless function** — code that the platform runs on demand (AWS Lambda, Cloud Functions), triggered by an HTTP call through a gateway, a queue message, a file upload or a schedule.',
      '',
      '- **Good for:** spiky or low, unpredictable traffic; glue code; event handlers; scheduled jobs. No servers to manage, scales to zero, pay per invocation.',
      '- **Trade-offs:** cold-start latency on the first call to an idle function, a maximum execution time, limited memory, and no local state between invocations (keep state in a database, cache or object storage).',
      '- **Watch concurrency:** a flood of invocations can open a flood of database connections; cap concurrency or put a connection pool or queue in between.',
      '- A typical serverless stack is API gateway → functions → a managed database such as DynamoDB or RDS.',
      '',
      '**In sysd:** `runtime` (string, e.g. `"nodejs20.x"`), `timeout`, `memory` (size such as `512MB`), `concurrency`.',
    ),
  },

  database: {
    title: 'Database',
    summary: 'Primary, durable storage of the system\'s data, SQL or NoSQL.',
    markdown: md(
      '**Database** — the durable source of truth for the system\'s data.',
      '',
      '**SQL or NoSQL**',
      '- **SQL** (PostgreSQL, MySQL): choose it when you need ACID transactions, relationships and joins, strong consistency and a well-defined schema — orders, payments, user accounts.',
      '- **NoSQL**: choose it for massive scale or geographic distribution (Cassandra, MongoDB), a flexible or evolving schema (document stores), simple key-value access (DynamoDB, Redis), or time-series and real-time analytics (InfluxDB, TimescaleDB). You usually give up joins and some consistency in exchange.',
      '',
      '**Scaling reads: replicas**',
      'A primary takes the writes and streams them to read replicas that serve reads. Replicas multiply read capacity and give you a standby to fail over to. With asynchronous replication a replica can lag behind the primary, so a user may not see their own write for a moment (*replication lag*): read your own writes from the primary when it matters.',
      '',
      '**Scaling writes: sharding**',
      'Split the data across several databases (shards) by a *shard key*:',
      '- *Range* (ID or date ranges): simple and good for range scans, but new data tends to pile onto the last shard.',
      '- *Hash* (`hash(key) % shards`): spreads load evenly, but range queries touch every shard and changing the shard count moves data (consistent hashing reduces this).',
      '- *Directory*: a lookup table maps keys to shards; the most flexible, but the table is an extra hop and a critical dependency.',
      '- *Geographic*: data lives near its users and can satisfy data-residency rules; regions can be unevenly loaded.',
      '',
      'Pick a shard key that most queries include and that spreads load. A *hot key* (a celebrity account, a viral link) can overload one shard whatever the strategy — cache it, or split that key further. Cross-shard joins and transactions become expensive, so co-locate data that is read together (e.g. posts sharded by `user_id`).',
      '',
      '**Reliability:** vertical scaling alone leaves a single point of failure; use replicas or multi-region, take regular backups, and test restores.',
      '',
      '**In sysd:** `engine`, `replicas`, `replication: sync | async`, `sharding: none | range | hash | directory | geo`, `shard_key`, `shards`, `consistency: strong | eventual`, `backup`, `multi_region`.',
    ),
  },

  cache: {
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
      '**In sysd:** `engine: redis | memcached | local`, `ttl`, `eviction`, `pattern`, `max_memory`, `replicas`, `cluster`.',
    ),
  },

  queue: {
    title: 'Queue',
    summary: 'Point-to-point message queue: each message is handled by exactly one consumer.',
    markdown: md(
      '**Queue** — point-to-point messaging: producers put messages in, and each message is taken and processed by one consumer, then removed.',
      '',
      'Use it to move work out of the request path (send the email, record the click, resize the image), to absorb bursts, and to spread jobs over a pool of workers; it also decouples producer and consumer so either can be down briefly.',
      '',
      '- **Delivery semantics:** most systems give *at-least-once* delivery — a message whose consumer crashed before acknowledging is delivered again. Consumers must therefore be **idempotent** (deduplicate by message ID, or make the operation naturally repeatable).',
      '- **Retries with backoff:** a failed message is retried a few times with growing delays.',
      '- **Dead-letter queue (DLQ):** after the last retry the message goes to a separate queue for inspection instead of blocking the queue or being lost silently.',
      '- **Monitor queue depth:** a growing backlog means consumers cannot keep up — add workers.',
      '- **Ordering** is generally not guaranteed across parallel consumers unless the engine partitions by key.',
      '- **Request-reply** over two queues gives an asynchronous RPC when needed.',
      '',
      '**In sysd:** `engine: kafka | rabbitmq | sqs | nats | redis`, `partitions`, `dlq` (another queue), `max_retries`, `retention`, `delivery`. Publish with `service ~> queue`, consume with `queue ~> worker`.',
    ),
  },

  topic: {
    title: 'Topic',
    summary: 'Publish-subscribe channel: every subscriber receives each message.',
    markdown: md(
      '**Topic** — publish-subscribe messaging: a producer publishes an event once and every subscriber receives its own copy.',
      '',
      'Use it for *fan-out* — a `user.created` event that the notification, search-indexing and analytics services each need — and for event-driven architectures where producers do not know who listens. Adding a new consumer needs no change to the producer.',
      '',
      '- **Ordering by partition:** engines such as Kafka split a topic into partitions and keep order only within a partition. Key messages by the entity (e.g. `user_id`) so all events of one entity stay in order; partitions also cap how many consumers of one group can work in parallel.',
      '- **Consumer groups:** within one subscribing group, each message goes to one member, which is how a subscriber scales out.',
      '- **Retention:** the broker keeps messages until every subscriber has processed them, or for a retention period, which also allows replaying history (event sourcing).',
      '- **Delivery:** at-least-once is the usual default, so subscribers must be idempotent; failed messages go to a dead-letter queue after their retries.',
      '',
      '**In sysd:** the queue properties — `engine`, `partitions`, `dlq`, `max_retries`, `retention`, `delivery`. Subscribe with `topic ~> consumer`.',
    ),
  },

  storage: {
    title: 'Object storage',
    summary: 'Durable blob storage (S3, GCS) for files, media, backups and large objects.',
    markdown: md(
      '**Object storage** — a durable, practically unlimited store for files addressed by key: images, video, uploads, backups, logs, exports (S3, Google Cloud Storage, Azure Blob).',
      '',
      '- **Keep blobs out of the database:** store the file here and only its URL and metadata in the database.',
      '- **Serve through a CDN:** users download media from the edge, not from the bucket or your servers. For private files, hand out short-lived pre-signed URLs so clients read or upload directly without your services carrying the bytes.',
      '- **Versioning** protects against accidental overwrites and deletes.',
      '- **Cross-region replication** keeps a copy in another region for disaster recovery.',
      '- **Encryption at rest** is expected for user data.',
      '- **Lifecycle rules** move old objects to cheaper tiers or delete them after a retention period, which keeps multi-year storage growth affordable.',
      '',
      '**In sysd:** `provider`, `versioning`, `replication: none | cross-region`, `encryption`, `lifecycle` (duration).',
    ),
  },

  search: {
    title: 'Search index',
    summary: 'Full-text and faceted search index (Elasticsearch, OpenSearch, Solr).',
    markdown: md(
      '**Search index** — an inverted index (Elasticsearch, OpenSearch, Solr) for full-text search, relevance ranking, filtering, facets and autocomplete, which a general-purpose database does poorly at scale.',
      '',
      '- **Not the source of truth:** the database owns the data; the index is a derived copy fed by change events (often through a queue or topic) and can be rebuilt from it.',
      '- **Eventual consistency:** a new or edited document becomes searchable after a short indexing delay.',
      '- **Shards** split the index for size and write throughput; **replicas** add query capacity and survive node loss.',
      '',
      '**In sysd:** `engine: elasticsearch | opensearch | solr`, `replicas`, `shards`.',
    ),
  },

  external: {
    title: 'External system',
    summary: 'A third-party system outside the design (payment provider, push service, geo-IP).',
    markdown: md(
      '**External system** — a dependency you do not run: a payment provider, a push-notification service (APNs, FCM), an e-mail sender, a geo-IP lookup.',
      '',
      '- **You inherit its availability:** a synchronous call to a 99.9% provider caps that request path at 99.9%. Know its SLA.',
      '- **Always set a timeout**, retry sparingly with backoff, and put a circuit breaker around it so its outage does not exhaust your threads.',
      '- **Prefer asynchronous calls** where the user does not need the answer now (send the notification from a worker, not inside the request).',
      '- **Encrypt:** traffic to and from a third party crosses the public internet, so use HTTPS/WSS.',
      '- Plan a fallback or graceful degradation for when it is down.',
      '',
      '**In sysd:** `provider`, `sla` (percent), `timeout`. Connections to it should carry `timeout` and a secure `protocol`.',
    ),
  },
};
