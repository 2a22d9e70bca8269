// Hover documentation for enum values, keyed by property name and then value: what each choice means and when it fits.

type ValueDocs = Record<string, string>;

const databaseEngines: ValueDocs = {
  postgres: '**PostgreSQL** — SQL. A full-featured relational database: ACID transactions, joins, rich indexes and JSON columns. A safe default for user accounts, orders and anything relational.',
  mysql: '**MySQL** — SQL. A widely run relational database with mature replication; common for web applications and read-replica setups.',
  sqlite: '**SQLite** — SQL, embedded in the application process. Great for local or single-node data; not a shared server database, so it does not scale out.',
  oracle: '**Oracle Database** — SQL. Commercial relational database used in enterprises for transactional workloads.',
  sqlserver: '**Microsoft SQL Server** — SQL. Commercial relational database, common in .NET and enterprise stacks.',
  cockroachdb: '**CockroachDB** — distributed SQL. Keeps SQL and strong consistency while sharding and replicating automatically across nodes and regions; writes pay consensus latency.',
  spanner: '**Cloud Spanner** — distributed SQL from Google. Globally consistent transactions across regions; for planet-scale relational data.',
  mongodb: '**MongoDB** — NoSQL document store. Flexible, nested JSON-like documents and horizontal sharding; good for evolving schemas such as user profiles and posts.',
  dynamodb: '**DynamoDB** — NoSQL key-value / wide-column, fully managed by AWS. Predictable latency at any scale for key-based access; queries must be designed around partition and sort keys.',
  cassandra: '**Cassandra** — NoSQL wide-column store. Masterless, write-optimised and built for multi-datacenter distribution with tunable (usually eventual) consistency; suits huge write volumes such as messages and events.',
  redis: '**Redis** — NoSQL in-memory key-value store. Very fast, with rich data structures (counters, sorted sets, streams); as a primary store, size memory carefully and enable persistence.',
  influxdb: '**InfluxDB** — NoSQL time-series database for metrics, IoT readings and real-time analytics.',
  timescale: '**TimescaleDB** — time-series on PostgreSQL: SQL queries plus automatic time partitioning; suits metrics and analytics.',
  neo4j: '**Neo4j** — NoSQL graph database. Relationships are first class, so many-hop traversals (friends of friends, recommendations) are cheap.',
  elasticsearch: '**Elasticsearch** — search engine and document store built on inverted indexes: full-text search, filters and aggregations. Usually a derived index, not the system of record.',
};

const cacheEngines: ValueDocs = {
  redis: '**Redis** — in-memory data-structure server: strings, hashes, sorted sets, TTLs, eviction policies, replication and cluster mode. The usual choice for sessions, hot objects, counters and leaderboards.',
  memcached: '**Memcached** — simple, multi-threaded in-memory key-value cache. No persistence or rich types; good for plain object caching at high throughput.',
  local: '**Local (in-process) cache** — memory inside each application instance. Fastest possible (no network hop) but each instance has its own copy, so entries may disagree between instances; often an L1 in front of Redis.',
};

const queueEngines: ValueDocs = {
  kafka: '**Apache Kafka** — a distributed, partitioned, replicated log. Very high throughput, ordering per partition, retention and replay, consumer groups; the backbone of event-driven designs and analytics pipelines.',
  rabbitmq: '**RabbitMQ** — a message broker with flexible routing (exchanges, bindings, routing keys), per-message acknowledgements and dead-lettering; good for task queues and routing by event type.',
  sqs: '**Amazon SQS** — a fully managed queue with at-least-once delivery, visibility timeouts and built-in dead-letter queues (FIFO queues add ordering).',
  nats: '**NATS** — a lightweight, very low-latency messaging system; JetStream adds persistence and replay.',
  redis: '**Redis (lists / streams)** — lightweight queues on Redis. Simple and fast; durability and consumer features are thinner than dedicated brokers.',
};

const searchEngines: ValueDocs = {
  elasticsearch: '**Elasticsearch** — distributed full-text search and analytics on inverted indexes, with shards and replicas.',
  opensearch: '**OpenSearch** — the open-source fork of Elasticsearch maintained under the Linux Foundation, with the same model of shards and replicas.',
  solr: '**Apache Solr** — full-text search server built on Lucene, with faceting and a long track record.',
};

/** `engine` without a known kind: every engine, with a neutral text where one name serves several kinds. */
const anyEngine: ValueDocs = {
  ...queueEngines,
  ...searchEngines,
  ...cacheEngines,
  ...databaseEngines,
  redis: '**Redis** — in-memory key-value and data-structure store. As a `cache`: the usual choice for hot data with TTLs and eviction. As a `database`: a very fast NoSQL store (size memory, enable persistence). As a `queue`: lightweight lists or streams.',
  elasticsearch: '**Elasticsearch** — distributed full-text search and analytics engine on inverted indexes. Usually a derived index fed from the system of record.',
};

/**
 * Property name → value → markdown. `engine` differs per kind, so it also has `<kind>.engine` entries:
 * look up `${kind}.${property}` first, then `${property}`.
 */
export const enumValueDocs: Record<string, Record<string, string>> = {
  type: {
    web: '**Web** — a browser. Loads HTML, CSS, JS and images, so a CDN and browser caching pay off quickly.',
    mobile: '**Mobile** — an iOS or Android app. Networks are slow and flaky: minimise round trips (API aggregation at the gateway) and use push notifications for offline users.',
    desktop: '**Desktop** — an installed application; often keeps long-lived connections and local state.',
    iot: '**IoT device** — sensors and devices sending frequent small writes; expect huge connection counts and write-heavy, time-series traffic.',
  },

  caches: {
    static: '**Static assets** — CSS, JavaScript, fonts. Immutable when versioned by file name, so they can be cached for a long time.',
    images: '**Images** — avatars, thumbnails, photos. High volume and bandwidth; the classic CDN payload.',
    video: '**Video** — large media, often streamed in segments; serving from the edge saves the most bandwidth.',
    api: '**API responses** — only responses that are the same for many users (public, short TTL); never per-user or private data.',
  },

  layer: {
    '4': '**Layer 4 (transport)** — routes by IP address and port. Fast, low overhead and protocol-agnostic, but cannot see URLs, headers or cookies.',
    '7': '**Layer 7 (application)** — understands HTTP: routes by path, headers and cookies, terminates TLS, can rate-limit and rewrite. More flexible, more work per request.',
  },

  algorithm: {
    round_robin: '**Round robin** — each backend in turn. Simple and fair when servers are identical and requests cost about the same.',
    weighted_round_robin: '**Weighted round robin** — in turn, but a server with weight 3 gets three requests for every one of a weight-1 server. For mixed hardware or gradual rollouts.',
    least_connections: '**Least connections** — the backend with the fewest active connections gets the next request. Best when request durations vary widely (uploads, long queries).',
    ip_hash: '**IP hash** — `hash(client IP) % servers` always picks the same backend for a client: session affinity without cookies. Load can be uneven, and resizing the pool moves clients.',
    geo: '**Geolocation** — routes each client to the nearest region or datacenter, cutting latency and enabling data residency.',
  },

  auth: {
    none: '**No authentication** — only for genuinely public endpoints; combine with rate limiting.',
    jwt: '**JWT** — signed tokens the gateway verifies without a database lookup; stateless and fast, but revocation before expiry needs extra work.',
    oauth2: '**OAuth 2.0** — delegated authorization with access tokens from an identity provider; the standard for third-party and user-consented access.',
    api_key: '**API key** — a static secret per client application; simple for server-to-server and partner APIs, and a natural key for per-client rate limits.',
    mtls: '**Mutual TLS** — both sides present certificates; strong machine identity for service-to-service or partner traffic.',
    session: '**Session** — a session cookie checked against a session store; the classic choice for a web app\'s own users, which needs that store shared by every instance.',
  },

  routing: {
    simple: '**Simple** — one record, the same answer for everyone; no steering.',
    weighted: '**Weighted** — answers split in fixed proportions between endpoints: canary releases and gradual migrations.',
    latency: '**Latency-based** — each user is sent to the region that answers them fastest; the usual policy for a global, multi-region product.',
    geo: '**Geolocation** — by the user\'s country or continent: data residency, local content, licensing.',
    failover: '**Failover** — a primary endpoint while its health check passes, a standby when it fails; needs a second region to fail over to.',
  },

  signals: {
    metrics: '**Metrics** — numbers over time (latency percentiles, error rate, queue depth): what dashboards and alerts are built on.',
    logs: '**Logs** — a record of individual events, searched after the fact to find out why something happened.',
    traces: '**Traces** — one request followed across every service it touches: finds the slow hop in a long chain.',
    alerts: '**Alerts** — a person is paged when a signal crosses its threshold; alert on what users feel, not on every internal blip.',
  },

  replication: {
    sync: '**Synchronous replication** — a write is acknowledged only once replicas have it. No data loss on failover and replicas never lag, but every write waits on the slowest replica.',
    async: '**Asynchronous replication** — the primary acknowledges at once and replicas catch up. Fast writes, but replicas lag (a user may not see their own write on a replica) and the latest writes can be lost if the primary dies.',
    none: '**No replication** — objects live in one region only; a regional outage makes them unavailable.',
    'cross-region': '**Cross-region replication** — objects are copied to another region for disaster recovery and lower-latency reads there.',
  },

  sharding: {
    none: '**No sharding** — all data on one primary. Simplest; fine until write volume or data size outgrows one machine.',
    range: '**Range-based** — contiguous key ranges per shard (users 1–1000, 1001–2000). Range queries stay on one shard, but sequential keys send all new writes to the last shard (hot shard).',
    hash: '**Hash-based** — `hash(key) % shards` picks the shard. Spreads data and load evenly, but range queries hit every shard and changing the shard count moves data unless consistent hashing is used.',
    directory: '**Directory-based** — a lookup table maps each key to its shard. Most flexible (move single tenants, rebalance freely), but the directory is an extra lookup and must itself be highly available.',
    geo: '**Geographic** — data is partitioned by user location. Keeps data near its users and helps with data-residency laws; regions may be unevenly loaded.',
  },

  consistency: {
    strong: '**Strong consistency** — every read returns the latest committed write. Needed for money, inventory and uniqueness; costs latency and, during network partitions, availability.',
    eventual: '**Eventual consistency** — replicas converge over time; a read may briefly return older data. Buys availability and low latency; fine for feeds, counters and likes.',
  },

  eviction: {
    lru: '**LRU** — evict the least recently used entry. Works well for most access patterns.',
    lfu: '**LFU** — evict the least frequently used entry. Keeps long-term popular items even after a short lull; better when popularity is stable.',
    'allkeys-lru': '**allkeys-lru** (Redis) — evict any key by LRU when memory is full. The usual choice when Redis is used purely as a cache.',
    'volatile-lru': '**volatile-lru** (Redis) — evict by LRU, but only keys that have a TTL; keys without one are never evicted. For mixing cache entries with data that must stay.',
    'volatile-ttl': '**volatile-ttl** (Redis) — evict the keys with a TTL that expire soonest first.',
    noeviction: '**noeviction** — never evict; writes fail once memory is full. Only for data that must not be lost, and it needs TTLs or careful sizing.',
  },

  pattern: {
    'cache-aside': '**Cache-aside (lazy loading)** — the application checks the cache, and on a miss reads the database and stores the result with a TTL; on update it writes the database and deletes the key. Caches only what is requested; the first read is a miss and data can be stale until expiry.',
    'read-through': '**Read-through** — the cache loads missing entries from the database itself. Simpler application code; the same staleness trade-off as cache-aside.',
    'write-through': '**Write-through** — every write updates the database and the cache together. Reads are always fresh; writes are slower, and rarely read data is cached too.',
    'write-behind': '**Write-behind (write-back)** — the write lands in the cache and the database is updated later, typically through a queue. Fastest writes and batching, but unflushed writes are lost if the cache fails, so the writers should publish to a queue.',
  },

  delivery: {
    'at-most-once': '**At-most-once** — a message is delivered zero or one times: nothing is redelivered, so failures lose messages. Acceptable for metrics or telemetry where a loss is harmless.',
    'at-least-once': '**At-least-once** — redelivered until acknowledged, so nothing is lost but duplicates happen. The common default; consumers must be idempotent.',
    'exactly-once': '**Exactly-once** — each message takes effect once. Only achievable within engines that support it end to end (e.g. Kafka transactions with idempotent producers), at a throughput cost.',
  },

  kind: {
    region: '**Region** — a geographic region (a cloud region or datacenter). Two or more regions let the design survive a regional outage and serve users nearby.',
    zone: '**Availability zone** — an isolated datacenter within a region. Spreading instances over zones survives a single-datacenter failure.',
    vpc: '**VPC / network** — a private network boundary; what is inside is not reachable from the internet except through its entry points.',
    tier: '**Tier** — a layer of the architecture (web, application, cache, data).',
    boundary: '**Boundary** — a trust or ownership boundary, e.g. a bounded context or a PCI zone.',
    team: '**Team** — the components one team owns.',
  },

  protocol: {
    http: '**HTTP** — unencrypted. Acceptable only inside a trusted private network; public traffic should use HTTPS.',
    https: '**HTTPS** — HTTP over TLS: encrypted and authenticated. The standard for any public traffic.',
    grpc: '**gRPC** — binary RPC over HTTP/2 with typed contracts and streaming; efficient for service-to-service calls.',
    rpc: '**RPC** — a remote procedure call of another kind (Thrift, JSON-RPC, a custom binary protocol): a synchronous call that looks like a local one.',
    websocket: '**WebSocket (ws)** — a long-lived two-way channel for real-time features, unencrypted. Use `wss` on public networks.',
    wss: '**Secure WebSocket (wss)** — WebSocket over TLS: real-time chat, presence and live updates, encrypted.',
    tcp: '**Raw TCP** — a custom binary protocol.',
    udp: '**UDP** — datagrams with no delivery or ordering guarantee: DNS lookups, media streams, game state, where a late packet is worth less than a lost one.',
    amqp: '**AMQP** — the messaging protocol of RabbitMQ and similar brokers.',
    kafka: '**Kafka protocol** — producers and consumers talking to Kafka brokers.',
    sql: '**SQL** — a database connection (driver protocol) issuing SQL queries.',
    redis: '**Redis protocol (RESP)** — commands to a Redis server.',
    smtp: '**SMTP** — sending e-mail.',
    ssh: '**SSH** — an encrypted shell or tunnel: operators and deploy tools reaching machines, or SFTP file transfers.',
  },

  access: {
    read: '**Read** — the caller only reads the data it reaches (queries, cache gets).',
    write: '**Write** — the caller only writes (inserts, updates, deletes, cache sets).',
    'read-write': '**Read-write** — the caller both reads and writes. This is the default when `access` is absent.',
  },

  engine: anyEngine,
  'database.engine': databaseEngines,
  'cache.engine': cacheEngines,
  'queue.engine': queueEngines,
  'topic.engine': queueEngines,
  'search.engine': searchEngines,
};
