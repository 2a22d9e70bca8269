// Hover documentation for every property name: meaning, expected value and unit, and why it matters.
import type { ComponentKind } from '../ast';
import { COMPONENT_KINDS } from '../ast';
import { viewFlowPropertyDocs } from './viewFlowProperties';

/** Where a property can appear: on a component kind, a group, a connection or the scale block. */
export type PropertyOwner = ComponentKind | 'group' | 'connection' | 'scale';

export interface PropertyDoc {
  /** One line: what the property means and the value it expects. */
  summary: string;
  /** The full hover text. */
  markdown: string;
  /** Extra text for owners where the property means something more specific. */
  byKind?: Partial<Record<PropertyOwner, string>>;
}

/** Joins hover lines; one line per array item keeps the source readable. */
function md(...lines: string[]): string {
  return lines.join('\n');
}

export const propertyDocs: Record<string, PropertyDoc> = {
  // ── Common to every component ─────────────────────────────────────────
  description: {
    summary: 'Free-text description (a string).',
    markdown: 'Free text explaining what this element does or why it exists. Value: a string, e.g. `description: "Stores URL mappings"`. Shown on hover and in exports; it has no effect on the rules (except that a connection description mentioning a pre-signed URL tells `client-bypasses-backend` the direct access to storage is intentional).',
    byKind: {
      group: 'Describes what the group represents (a region, a team, a trust boundary).',
      connection: 'Describes what the call or message carries, in more words than the label.',
    },
  },
  technology: {
    summary: 'The concrete technology behind the component (a string).',
    markdown: 'The product or framework implementing this component, e.g. `technology: "nginx"` or `technology: "Spring Boot"`. Value: a string. Documentation only; use `engine` where the kind has one, because rules understand engines.',
  },
  owner: {
    summary: 'The team or person responsible (a string).',
    markdown: 'Who owns and operates this component, e.g. `owner: "payments-team"`. Value: a string. Clear ownership matters in microservice designs, where each team owns its services and their data.',
  },
  tags: {
    summary: 'A list of identifiers for filtering and grouping, e.g. `[pii, critical]`.',
    markdown: 'Free labels as a list of identifiers, e.g. `tags: [pii, tier1]`. Useful for filtering, styling and ownership reports; no rule reads them.',
  },

  version: {
    summary: 'Version of the design document (a name or string, e.g. `v2`).',
    markdown: 'A version label for the whole design, set in the `design` block, e.g. `version: "2.1"`. Documentation only: it helps readers match a diagram to the architecture review or decision record it belongs to.',
  },

  // ── client ────────────────────────────────────────────────────────────
  type: {
    summary: 'Client platform: `web`, `mobile`, `desktop` or `iot`.',
    markdown: md(
      'The kind of client: `web`, `mobile`, `desktop` or `iot`.',
      '',
      'The platform shapes the design: web clients load many static assets (a CDN pays off), mobile clients are on slow and flaky networks (fewer round trips, API aggregation, push notifications), IoT devices send many small writes.',
      'The `missing-cdn` rule looks for `type: web` clients.',
    ),
  },

  // ── cdn ───────────────────────────────────────────────────────────────
  ttl: {
    summary: 'Time to live: how long an entry may be served before it expires (a duration such as `1h`).',
    markdown: md(
      'Time to live: how long a cached entry may be served before it expires. Value: a duration such as `300s`, `1h` or `30d`.',
      '',
      'The TTL is the main knob between freshness and hit ratio: a longer TTL means fewer misses and less load behind the cache, but older data. It also bounds how long stale data can survive when an invalidation is missed.',
    ),
    byKind: {
      cdn: 'For a CDN: how long edges keep content. Immutable, versioned assets can use days (`30d`); semi-dynamic API responses minutes.',
      cache: 'For a cache: the default expiry of entries. Randomise it slightly in practice so that many hot keys do not expire together and cause a stampede.',
    },
  },
  provider: {
    summary: 'Who provides the service (a string or identifier, e.g. `cloudflare`, `s3`, `stripe`).',
    markdown: 'The vendor or managed service behind this component, e.g. `provider: cloudfront`, `provider: s3`, `provider: stripe`. Value: a string or identifier. Documentation only.',
    byKind: {
      cdn: 'The CDN network, e.g. CloudFront, Cloudflare, Akamai, Fastly.',
      storage: 'The object store, e.g. S3, Google Cloud Storage, Azure Blob.',
      external: 'The third party you depend on, e.g. Stripe, Twilio, FCM.',
      dns: 'The DNS service, e.g. Route 53, Cloud DNS, Cloudflare.',
      monitoring: 'The monitoring stack, e.g. Prometheus, Datadog, CloudWatch.',
    },
  },
  caches: {
    summary: 'What the CDN caches: a list of `static`, `images`, `video`, `api`.',
    markdown: md(
      'The kinds of content this CDN serves from the edge. Value: a list of `static`, `images`, `video`, `api`, e.g. `caches: [static, images]`.',
      '',
      'Static assets and media are the classic CDN content; caching `api` responses only works for responses that are identical for many users (never for per-user data).',
    ),
  },

  // ── loadbalancer / gateway ────────────────────────────────────────────
  layer: {
    summary: 'OSI layer the balancer works at: `4` (transport) or `7` (application/HTTP).',
    markdown: md(
      'Which network layer the load balancer routes on. Value: `4` or `7`.',
      '',
      '- `4`: IP and port only — fast, protocol-agnostic, no content inspection.',
      '- `7`: HTTP-aware — routes on path, headers and cookies, terminates TLS, can rate-limit, at a higher cost per request.',
    ),
  },
  algorithm: {
    summary: 'How requests are spread: `round_robin`, `weighted_round_robin`, `least_connections`, `ip_hash`, `geo`.',
    markdown: md(
      'The load-balancing algorithm. Value: `round_robin`, `weighted_round_robin`, `least_connections`, `ip_hash` or `geo`.',
      '',
      'Round robin suits identical servers and uniform requests; weighted variants suit mixed hardware; least connections suits requests of varying duration; IP hash gives session affinity; geo sends users to the nearest region.',
    ),
  },
  health_check: {
    summary: 'How often health is probed (a duration such as `30s`, or `true`).',
    markdown: md(
      'The interval of the health probe. Value: a duration such as `10s` or `30s`, or `true` when there is one and its interval is not stated.',
      '',
      'Health checks let traffic be routed away from an instance that crashed or hangs, without a human noticing first. A shorter interval detects failures faster at the cost of more probe traffic.',
    ),
    byKind: {
      loadbalancer: 'The balancer probes each backend at this interval and stops routing to instances that fail. Without it, a dead instance keeps receiving its share of requests (`missing-health-check`).',
      service: 'The interval at which the platform probes this service\'s health endpoint (liveness/readiness).',
      worker: 'The interval at which the platform probes this worker\'s health.',
    },
  },
  rate_limit: {
    summary: 'Maximum request rate accepted (a rate such as `100/s`, or `true`).',
    markdown: md(
      'The highest request rate this component accepts before rejecting with HTTP 429. Value: a rate such as `10/s`, `100/s` or `6000/min`, or `true` when there is a limit and its figure is not stated.',
      '',
      'Rate limiting at the entry of the system protects everything behind it from abuse, scraping, buggy clients and DDoS-style floods. Common algorithms: *token bucket* (allows short bursts, refills at a steady rate) and *sliding window* (counts requests over a rolling period). Limits are usually per client IP, API key or user.',
      'The `missing-rate-limit` rule expects one on the first hop behind a client.',
    ),
    byKind: {
      loadbalancer: 'Applied at the balancer (typical for L7 balancers such as nginx), before traffic reaches any service.',
      gateway: 'The gateway is the natural home for rate limits: one place, applied per client or API key.',
      service: 'A limit enforced by the service itself — a last line of defence when nothing in front limits.',
    },
  },
  instances: {
    summary: 'Number of running instances (a whole number, e.g. `3`).',
    markdown: md(
      'How many identical instances run. Value: a positive whole number, e.g. `instances: 3`.',
      '',
      'One instance is a single point of failure: a crash or a deploy takes the component down. Two or more (behind a load balancer) give redundancy and horizontal capacity. Capacity rules use `capacity × instances`.',
    ),
    byKind: {
      loadbalancer: 'Run at least two balancers (active-passive or active-active) so the entry point is not a single point of failure.',
      gateway: 'Every request crosses the gateway, so it needs several instances.',
      service: 'Fixed instance count. Use `autoscale` instead when load varies.',
      worker: 'Number of worker processes consuming in parallel.',
    },
  },
  tls_termination: {
    summary: 'Whether TLS is terminated here (`true`/`false`).',
    markdown: 'Whether this balancer decrypts HTTPS (SSL/TLS termination). Value: `true` or `false`. Terminating at the balancer offloads encryption work from application servers, centralises certificates and lets a layer 7 balancer read the request; traffic behind it travels inside the private network (re-encrypt it if your threat model requires).',
  },
  sticky_sessions: {
    summary: 'Whether a client is pinned to one backend (`true`/`false`).',
    markdown: 'Session affinity: every request from one client goes to the same backend. Value: `true` or `false`. It helps services that keep session state in memory, but it unbalances load and loses sessions when an instance dies. Prefer stateless services with sessions in a shared cache.',
  },
  auth: {
    summary: 'How callers authenticate: `none`, `jwt`, `oauth2`, `api_key`, `mtls`, `session`.',
    markdown: md(
      'The authentication the gateway or service enforces. Value: `none`, `jwt`, `oauth2`, `api_key`, `mtls` or `session`.',
      '',
      'Checking identity once at the gateway means services behind it do not each re-implement authentication, and unauthenticated traffic never reaches them.',
    ),
  },

  // ── service / worker ──────────────────────────────────────────────────
  autoscale: {
    summary: 'Instance range for autoscaling (a range such as `2..20`).',
    markdown: md(
      'Minimum and maximum instance count for automatic scaling. Value: an integer range such as `2..20`.',
      '',
      'Autoscaling follows demand: the minimum keeps redundancy and warm capacity, the maximum caps cost and protects downstream dependencies. Capacity rules use the maximum; a minimum of at least 2 avoids a single point of failure.',
    ),
  },
  capacity: {
    summary: 'Requests one instance can handle (a rate such as `5k/s`).',
    markdown: md(
      'The throughput of one instance. Value: a rate such as `500/s` or `5k/s`.',
      '',
      'With the expected load it gives the instance count: needed instances = peak load ÷ capacity, plus headroom. The `under-provisioned` rule compares `capacity × max instances` with the peak load on the component and shows the arithmetic.',
    ),
    byKind: {
      database: 'The writes per second one primary takes (rules assume 10k/s when it is not given); more writes than that need sharding.',
    },
  },
  stateless: {
    summary: 'Whether instances keep no per-user state in memory (`true`/`false`).',
    markdown: 'Whether any instance can serve any request because no session or user state lives in its memory. Value: `true` or `false`. Stateless services scale horizontally by adding instances and survive instance loss; state belongs in a cache or database.',
  },
  timeout: {
    summary: 'How long to wait before giving up (a duration such as `2s`).',
    markdown: md(
      'How long to wait for an answer before giving up. Value: a duration such as `500ms`, `2s` or `30s`.',
      '',
      'Without a timeout, a slow dependency holds threads and connections until the caller runs out of them, and one slow component becomes an outage of everything upstream. Timeouts should shrink along a call chain: the caller waits longer than its callee.',
    ),
    byKind: {
      service: 'The time this service allows for handling a request.',
      worker: 'The time allowed for processing one job or message before it is treated as failed.',
      function: 'The maximum execution time of one invocation (platforms enforce a ceiling).',
      external: 'The time allowed for a response from this third party.',
      connection: 'The time the caller waits on this call. Required on calls to an `external` (`missing-timeout`).',
    },
  },
  retries: {
    summary: 'How many times a failed call is retried (a whole number, e.g. `3`).',
    markdown: md(
      'How many times a failed call is retried. Value: a whole number such as `2` or `3`.',
      '',
      'Retries hide transient failures, but retry only idempotent operations, use exponential backoff with jitter, and keep the count small: retries at every layer multiply into a retry storm that hits a struggling dependency hardest.',
    ),
    byKind: {
      service: 'The default retry count for calls this service makes.',
      worker: 'The default retry count for calls this worker makes.',
      connection: 'Retries of this particular call.',
    },
  },
  circuit_breaker: {
    summary: 'Whether calls are wrapped in a circuit breaker (`true`/`false`).',
    markdown: 'Whether outgoing calls go through a circuit breaker. Value: `true` or `false`. After repeated failures the breaker opens and calls fail fast (or fall back) for a while, then a few trial calls test recovery. This stops a failing dependency from dragging its callers down and gives it room to recover.',
  },
  language: {
    summary: 'Implementation language (a string or identifier, e.g. `go`).',
    markdown: 'The programming language of the service, e.g. `language: go`. Documentation only.',
  },
  concurrency: {
    summary: 'How many jobs or invocations run in parallel (a whole number).',
    markdown: 'How many units of work run at the same time. Value: a whole number such as `10`. Higher concurrency drains a backlog faster but multiplies the load (and connections) on whatever the work touches downstream.',
    byKind: {
      worker: 'Messages processed in parallel per worker instance. For partitioned topics, total parallelism is also capped by the partition count.',
      function: 'The cap on simultaneous invocations; protects databases from a connection flood during a spike.',
    },
  },

  // ── function ──────────────────────────────────────────────────────────
  runtime: {
    summary: 'The function runtime (a string, e.g. `"nodejs20.x"`).',
    markdown: 'The language runtime the serverless platform runs, e.g. `runtime: "python3.12"`. Value: a string. Runtimes differ in cold-start time.',
  },
  memory: {
    summary: 'Memory per invocation (a size such as `512MB`).',
    markdown: 'Memory given to each function invocation. Value: a data size such as `256MB` or `1GB`. On most platforms CPU scales with memory, so raising it can also cut latency.',
  },

  // ── database / cache / queue / search / storage ───────────────────────
  engine: {
    summary: 'The product implementing the component (an identifier such as `postgres`, `redis`, `kafka`).',
    markdown: 'The engine behind this component. Value: an identifier from the known list for the kind (an unknown engine is only a hint). The engine decides the data model and trade-offs: SQL versus NoSQL for databases, Redis versus Memcached for caches, Kafka versus RabbitMQ versus SQS for messaging.',
    byKind: {
      database: 'Known: `postgres`, `mysql`, `sqlite`, `oracle`, `sqlserver`, `cockroachdb`, `spanner` (SQL); `mongodb`, `dynamodb`, `cassandra`, `redis`, `influxdb`, `timescale`, `neo4j`, `elasticsearch` (NoSQL and specialised).',
      cache: 'One of `redis`, `memcached`, `local`.',
      queue: 'One of `kafka`, `rabbitmq`, `sqs`, `nats`, `redis`.',
      topic: 'One of `kafka`, `rabbitmq`, `sqs`, `nats`, `redis`.',
      search: 'One of `elasticsearch`, `opensearch`, `solr`.',
    },
  },
  replicas: {
    summary: 'Number of replica copies (a whole number, e.g. `2`).',
    markdown: 'How many extra copies of the data are kept. Value: a whole number, `0` or more. Replicas add read capacity and a standby for failover; zero replicas means one failure loses availability (and perhaps data).',
    byKind: {
      database: 'Read replicas fed by the primary. They scale reads and give a failover target; with async replication they may lag a little behind. No replicas and no `multi_region` makes the database a single point of failure.',
      cache: 'Replica nodes of the cache, so a node loss does not empty the cache and push every read onto the database at once.',
      search: 'Replica copies of each shard: more query throughput and tolerance of node loss.',
    },
  },
  replication: {
    summary: 'How copies are kept: `sync`/`async` (database) or `none`/`cross-region` (storage).',
    markdown: 'How data is copied to replicas or other regions.',
    byKind: {
      database: '`sync`: the primary waits for replicas before acknowledging a write (no data loss on failover, slower writes). `async`: it does not wait (fast writes, replicas may lag and the last writes can be lost on failover).',
      storage: '`none`: one region only. `cross-region`: objects are copied to a second region for disaster recovery.',
    },
  },
  sharding: {
    summary: 'How data is split across shards: `none`, `range`, `hash`, `directory`, `geo`.',
    markdown: md(
      'The partitioning strategy that spreads data (and writes) over several database servers. Value: `none`, `range`, `hash`, `directory` or `geo`.',
      '',
      'Sharding is how writes scale past one machine. Every strategy except `none` needs a `shard_key` (`sharding-without-key`). Cross-shard queries and transactions become costly, so shard along the way the data is read.',
    ),
  },
  shard_key: {
    summary: 'The field data is partitioned by (an identifier such as `user_id`).',
    markdown: md(
      'The attribute that decides which shard a row lives on, e.g. `shard_key: user_id`. Value: an identifier.',
      '',
      'A good key appears in most queries (so each query hits one shard), has many distinct values and spreads load evenly. A poor one creates hot shards — a celebrity user or a monotonically growing timestamp with range sharding sends most traffic to one place.',
    ),
  },
  shards: {
    summary: 'Number of shards (a whole number, e.g. `16`).',
    markdown: 'How many partitions the data is split into. Value: a whole number. More shards mean more write throughput and smaller per-shard data, but more operational work; changing the count later moves data unless consistent hashing is used.',
    byKind: {
      database: 'Number of database shards used by the `sharding` strategy.',
      search: 'Primary shards of the index: they bound index size per node and indexing throughput.',
    },
  },
  consistency: {
    summary: 'Read consistency: `strong` or `eventual`.',
    markdown: md(
      'What readers are guaranteed to see. Value: `strong` or `eventual`.',
      '',
      'The CAP trade-off in practice: strong consistency means every read sees the latest write (needed for balances, inventory, uniqueness) at the cost of latency and availability during partitions; eventual consistency lets replicas briefly disagree in exchange for speed and availability (fine for feeds, likes, view counts).',
    ),
  },
  backup: {
    summary: 'Backup interval (a duration such as `1d`).',
    markdown: 'How often a backup is taken. Value: a duration such as `1h` or `1d`. Replicas copy mistakes as faithfully as good writes, so only backups (ideally point-in-time, stored in another region, with tested restores) recover from a bad migration, a bug or a deletion. The interval bounds how much data you can lose.',
  },
  multi_region: {
    summary: 'Whether the database spans several regions (`true`/`false`).',
    markdown: 'Whether the database runs copies in more than one region. Value: `true` or `false`. It survives the loss of a whole region and can serve reads near users, at the cost of cross-region replication latency and conflict handling for writes.',
  },
  eviction: {
    summary: 'What the cache drops when full: `lru`, `lfu`, `allkeys-lru`, `volatile-lru`, `volatile-ttl`, `noeviction`.',
    markdown: md(
      'The policy deciding which entries are removed when the cache reaches its memory limit. Value: `lru`, `lfu`, `allkeys-lru`, `volatile-lru`, `volatile-ttl` or `noeviction`.',
      '',
      'A cache always runs out of memory eventually; the eviction policy decides whether it then drops cold data gracefully or starts failing writes. `allkeys-lru` is a common default for a pure cache.',
    ),
  },
  pattern: {
    summary: 'How the cache is used: `cache-aside`, `read-through`, `write-through`, `write-behind`.',
    markdown: md(
      'The caching pattern. Value: `cache-aside`, `read-through`, `write-through` or `write-behind`.',
      '',
      'The pattern sets the trade-off between freshness, write latency and durability: cache-aside and read-through load on demand, write-through keeps the cache in step with every write, write-behind acknowledges writes from the cache and persists them later (through a queue).',
    ),
  },
  max_memory: {
    summary: 'Memory limit of the cache (a size such as `2GB`).',
    markdown: 'The memory the cache may use before eviction starts. Value: a data size such as `2GB` or `64GiB`. A rule of thumb sizes it to the hot working set (often a modest share of the total data, e.g. 10–20%).',
  },
  cluster: {
    summary: 'Whether the cache runs as a cluster (`true`/`false`).',
    markdown: 'Whether the cache runs in cluster mode, sharding keys over several nodes. Value: `true` or `false`. Clustering grows memory and throughput beyond one node and, with replicas, keeps the cache up when a node fails.',
  },
  partitions: {
    summary: 'Number of partitions (a whole number, e.g. `12`).',
    markdown: 'How many partitions the queue or topic is split into. Value: a whole number. Partitions are the unit of parallelism (one consumer per partition within a group) and of ordering (order holds only inside a partition, so key messages by the entity that needs ordering).',
  },
  dlq: {
    summary: 'The dead-letter queue for messages that keep failing (a reference to another queue).',
    markdown: md(
      'The queue (or topic) where messages go after exhausting their retries. Value: the ID of another `queue`/`topic` in the design, e.g. `dlq: orders-dlq`.',
      '',
      'Without a DLQ a poison message is either retried forever (blocking or slowing everything behind it) or dropped silently. With one, it is parked for inspection and replay, and the rest of the stream keeps flowing. A DLQ itself needs no consumer: dead letters wait for a person.',
    ),
  },
  max_retries: {
    summary: 'Delivery attempts before a message goes to the DLQ (a whole number).',
    markdown: 'How many times a failing message is redelivered before it is dead-lettered. Value: a whole number such as `3` or `5`. Pair it with exponential backoff so retries do not hammer a struggling dependency.',
  },
  retention: {
    summary: 'How long data is kept (a duration such as `7d`).',
    markdown: 'How long data is kept before it is deleted. Value: a duration such as `7d` or `5y`.',
    byKind: {
      queue: 'How long unconsumed (or, for log-based engines like Kafka, already consumed) messages stay available. Long retention allows replaying history after a bug.',
      topic: 'How long published messages stay available to subscribers; allows slow subscribers to catch up and replay.',
      scale: 'How long the system must keep data (e.g. `5y`). With the write rate and object size it gives the total storage: writes/day × size × days kept.',
    },
  },
  delivery: {
    summary: 'Delivery guarantee: `at-most-once`, `at-least-once`, `exactly-once`.',
    markdown: md(
      'The delivery guarantee between the broker and consumers. Value: `at-most-once`, `at-least-once` or `exactly-once`.',
      '',
      'It decides what the consumer must tolerate: lost messages (at-most-once) or duplicates (at-least-once, the usual choice, which needs idempotent consumers). Exactly-once is costly and only holds inside engines that support transactions end to end.',
    ),
  },
  versioning: {
    summary: 'Whether object versions are kept (`true`/`false`).',
    markdown: 'Whether the bucket keeps previous versions of overwritten or deleted objects. Value: `true` or `false`. It is a cheap safety net against accidental deletion and bad writes.',
  },
  encryption: {
    summary: 'Whether the data is encrypted at rest (`true`/`false`).',
    markdown: 'Whether stored data is encrypted at rest. Value: `true` or `false`. Expected for any user data; together with TLS in transit it covers both halves of data protection. Taken by `storage`, `database`, `cache`, `queue`, `topic` and `search`.',
  },
  sensitive: {
    summary: 'Whether the component holds personal, financial or secret data (`true`/`false`).',
    markdown: 'Marks a store that holds personal, financial or secret data. Value: `true` or `false`. Such data needs encryption at rest and in transit and tight access; saying so in the design makes the requirement visible to every reviewer.',
  },
  derived_from: {
    summary: 'The databases or storage this data is rebuilt from (an ID or a list of IDs).',
    markdown: md(
      'The source stores this component\'s data is derived from. Value: the ID of a `database` or `storage`, or a list of them, e.g. `derived_from: orders` or `derived_from: [orders, blobs]`.',
      '',
      'A cache, a search index or a read model can be rebuilt from its sources, so it needs no backup of its own, and losing it costs time, not data. The IDs are real references: go to definition, find references and rename follow them.',
    ),
  },
  managed: {
    summary: 'Run redundantly by the provider (`true`/`false`), so it is no single point of failure.',
    markdown: 'A managed service the provider runs redundantly behind one name — an AWS ELB, SQS, S3, DynamoDB, Route 53. Value: `true` or `false`. With `managed: true` the component is no single point of failure whatever its `instances`. Taken by every kind except `client` and `external`.',
  },
  routing: {
    summary: 'How DNS chooses an answer: `simple`, `weighted`, `latency`, `geo`, `failover`.',
    markdown: 'The routing policy of a `dns`. Value: `simple`, `weighted`, `latency`, `geo` or `failover`. Latency and geo routing send users to a nearby region; failover moves traffic away from a region whose health check fails.',
  },
  signals: {
    summary: 'What a monitoring system collects: a list of `metrics`, `logs`, `traces`, `alerts`.',
    markdown: 'The signals a `monitoring` component gathers. Value: a list of `metrics`, `logs`, `traces` and `alerts`, e.g. `signals: [metrics, alerts]`. Metrics and alerts tell that something is wrong; logs and traces tell why.',
  },
  lifecycle: {
    summary: 'Age after which objects are moved to a cheaper tier or deleted (a duration such as `90d`).',
    markdown: 'The age at which objects are transitioned to colder storage or expired. Value: a duration such as `30d` or `1y`. Lifecycle rules keep storage cost in check as data grows year over year.',
  },
  sla: {
    summary: 'The provider\'s promised availability (a percent such as `99.9%`).',
    markdown: 'The availability the third party promises. Value: a percentage such as `99.9%`. A synchronous dependency caps your own availability: your request path cannot be more available than the product of the availabilities on it. `availability` says the same: set one of the two.',
  },

  // ── group ─────────────────────────────────────────────────────────────
  kind: {
    summary: 'What the group represents: `region`, `zone`, `vpc`, `tier`, `boundary`, `team`.',
    markdown: md(
      'The meaning of a group. Value: `region`, `zone`, `vpc`, `tier`, `boundary` or `team`.',
      '',
      'Groups with `kind: region` tell the rules how many regions the design spans (`single-region` wants two or more when availability is 99.99% or higher).',
    ),
  },

  // ── connection ────────────────────────────────────────────────────────
  protocol: {
    summary: 'Wire protocol of the connection: `http`, `https`, `grpc`, `websocket`, `wss`, `tcp`, `amqp`, `kafka`, `sql`, `redis`, `smtp`.',
    markdown: md(
      'The protocol spoken on this connection. Value: `http`, `https`, `grpc`, `websocket`, `wss`, `tcp`, `amqp`, `kafka`, `sql`, `redis` or `smtp`.',
      '',
      'Public traffic (from clients, to or from external systems) must be encrypted: `https` rather than `http`, `wss` rather than `websocket` (`insecure-public-traffic`).',
    ),
  },
  qps: {
    summary: 'Average request rate on this connection (a rate such as `1k/s`).',
    markdown: md(
      'The average number of requests or messages per second this connection carries. Value: a rate such as `1160/s`, `116k/s` or `100M/day`.',
      '',
      'Rates on connections let the capacity rules compute the load on each component: the sum of incoming `qps` × the design\'s `peak_factor` is compared with `capacity × instances` (`under-provisioned`).',
    ),
  },
  latency: {
    summary: 'The time this hop adds, the callee\'s work included (a duration such as `20ms`).',
    markdown: 'How long a call over this connection takes, from sending to the answer, with the work of the component called. Value: a duration such as `5ms` or `120ms`. Summed along a request path it shows where a latency target is spent.',
  },
  periodic: {
    summary: 'A scheduled call, and how often (a duration such as `2min`).',
    markdown: 'Marks a connection that runs on a schedule — a configuration reload every 2 minutes, a nightly export — rather than as part of any request. Value: the interval, a duration such as `2min` or `1d`.',
  },
  tls: {
    summary: 'Whether the connection is encrypted (`true`/`false`).',
    markdown: 'Whether this connection is encrypted in transit. Value: `true` or `false`. Internal traffic is often encrypted too (zero-trust networks, mTLS between services).',
  },
  access: {
    summary: 'What the call does to the data it reaches: `read`, `write` or `read-write` (the default).',
    markdown: md(
      'Whether this connection reads, writes, or both. Value: `read`, `write` or `read-write`; absent means `read-write`.',
      '',
      'Rules use it to tell readers from writers: `shared-database` looks at services writing the same database, `read-heavy-without-cache` at services reading it. Marking read-only connections helps the design say which services own which data.',
    ),
  },

  // ── scale ─────────────────────────────────────────────────────────────
  users: {
    summary: 'Registered users (a number such as `500M`).',
    markdown: 'Everyone with an account, active or not. Value: a number such as `500M`. It sizes what is stored per user (profiles, settings, history), while `dau` sizes the traffic: the two are often an order of magnitude apart.',
  },
  requests: {
    summary: 'All requests, reads and writes together (a rate such as `1B/day`).',
    markdown: 'The total request rate, when it is known before it is split. Value: a rate such as `12k/s` or `1B/day`. With `read_write_ratio` and neither `reads` nor `writes`, the split is derived: writes = requests ÷ (ratio + 1), reads = requests − writes.',
  },
  dau: {
    summary: 'Daily active users (a number such as `10M`).',
    markdown: 'Distinct users active on a typical day. Value: a number such as `10M` or `500M`. The starting point of every estimate: DAU × actions per user per day ÷ 86,400 gives the average request rate. `missing-cdn` applies from 1M DAU with web clients.',
  },
  mau: {
    summary: 'Monthly active users (a number such as `50M`).',
    markdown: 'Distinct users active over a month. Value: a number. With DAU it shows engagement (DAU/MAU) and sizes per-user storage.',
  },
  concurrent_users: {
    summary: 'Peak users connected at the same time (a number such as `1M`).',
    markdown: 'Users online at the same moment at peak. Value: a number such as `1M`. It sizes connection-bound tiers: a WebSocket gateway holding 100M connections at 100k per server needs about 1,000 servers.',
  },
  reads: {
    summary: 'Average read rate (a rate such as `116k/s`).',
    markdown: 'Average read requests per second (or per day, converted). Value: a rate such as `116k/s` or `10B/day`. If omitted it is derived as `writes × read_write_ratio`. Read-heavy designs (reads ≥ 10 × writes) should cache.',
  },
  writes: {
    summary: 'Average write rate (a rate such as `100M/day`).',
    markdown: 'Average write requests per second (or per day, converted). Value: a rate such as `1160/s` or `100M/day`. Peak writes (writes × `peak_factor`) beyond what one database can take (about 10k/s by default) call for sharding.',
  },
  read_write_ratio: {
    summary: 'Reads per write (a number such as `100`).',
    markdown: 'How many reads there are for each write. Value: a plain number such as `100` (for 100:1). A high ratio says the system is read-heavy and should invest in caching, read replicas and a CDN; a low one says writes and sharding need the attention.',
  },
  peak_factor: {
    summary: 'Peak load as a multiple of the average (a factor such as `5x`).',
    markdown: 'How much higher the busiest period is than the average. Value: a factor such as `3x` or `5x`. Systems are sized for the peak, not the average: capacity rules multiply average rates by this factor.',
  },
  storage: {
    summary: 'Total data to store (a size such as `91TB`).',
    markdown: 'The total data the system must hold over its retention period. Value: a data size such as `91TB` or `4.5PB`. Estimated as items per day × size per item × days retained; it drives the choice of database, sharding and storage tiers.',
  },
  storage_growth: {
    summary: 'How fast stored data grows (a size rate such as `100GB/day`).',
    markdown: 'New data per unit of time. Value: a data-size rate such as `100GB/day` or `2.5TB/day`. It shows how long the current storage lasts and when sharding or archiving becomes necessary.',
  },
  bandwidth: {
    summary: 'Network throughput needed (a data rate such as `10Gbps`).',
    markdown: 'Average network throughput the system serves. Value: a data rate such as `10Gbps`. High egress (media, downloads) is the strongest argument for a CDN.',
  },
  availability: {
    summary: 'Availability target (a percent such as `99.9%`).',
    markdown: md(
      'The share of time the system must be up. Value: a percentage such as `99.9%` (about 8.8 hours of downtime a year) or `99.99%` (about 53 minutes a year).',
      '',
      'At `99.9%` or more the single-point-of-failure rules are raised to errors; at `99.99%` or more the design should span at least two regions (`single-region`).',
    ),
    byKind: {
      scale: 'The target of the whole system.',
      ...Object.fromEntries(COMPONENT_KINDS.map((kind) => [kind, 'What this component itself promises (on an `external`, the same as `sla`: set one of them).'])),
    },
  },
  latency_p99: {
    summary: '99th-percentile latency target (a duration such as `100ms`).',
    markdown: 'The response time 99% of requests must beat. Value: a duration such as `100ms`. Tail latency grows with every synchronous hop, which is why long synchronous chains and missing caches threaten it.',
  },
  ...viewFlowPropertyDocs,
};
