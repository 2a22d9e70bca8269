// The system-design guide's reasoning behind each best-practice rule, in our own words, keyed by rule id.

export const guideReasons: Record<string, string> = {
  'database-single-point-of-failure':
    'A database on one machine is a single point of failure: when it goes down, everything that needs data goes down with it. Read replicas (or a multi-region setup, or a managed database the provider fails over) give a standby to fail over to and spread the read load.',
  'service-single-instance':
    'A single instance on the request path means one crash or deploy is an outage. Stateless services scale horizontally: run several instances behind a load balancer so any one can fail.',
  'single-load-balancer':
    'The load balancer removes single points of failure behind it but becomes one itself. Run a redundant pair (active-passive or active-active), or a managed balancer the provider runs redundantly, so the entry point survives an instance failure.',
  'cache-without-expiry':
    'A cache needs a way to forget: a TTL bounds how stale an entry can be, and an eviction policy such as LRU decides what to drop when memory fills up. Without either, the cache serves stale data forever or fails when full.',
  'queue-without-dlq':
    'Consumers fail, and a message that keeps failing must not block the queue or vanish. After a few retries with backoff it belongs in a dead-letter queue, where it can be inspected and replayed.',
  'queue-without-consumer':
    'A queue exists to hand work to a consumer. Messages that nobody consumes pile up until retention drops them, so either a consumer is missing from the design or the queue is.',
  'queue-without-producer':
    'A queue that nothing publishes to carries no work: either the producer is missing from the design or the queue is left over from an earlier version.',
  'client-bypasses-backend':
    'Clients should only reach the system through its edge (CDN, load balancer, gateway, services). Data stores have no authentication, validation or rate limiting fit for the internet, and exposing them couples every client to the storage schema.',
  'missing-load-balancer':
    'Several instances only help if traffic is spread over them and routed around failed ones. That is the load balancer\'s job; a client cannot do it reliably by itself.',
  'missing-rate-limit':
    'Rate limiting at the entry point protects everything behind it from abuse, runaway clients and traffic floods. It belongs on the first component behind the client — the gateway or load balancer.',
  'insecure-public-traffic':
    'Traffic that crosses the public internet can be read and altered on the way. Enforce HTTPS (and WSS for real-time channels) on every public connection, and encrypt data in transit to third parties.',
  'shared-database':
    'In a microservice design each service owns its data. When several services write the same database they are coupled through its schema: one team\'s migration or load spike breaks the others. Share through APIs or events instead.',
  'synchronous-cycle':
    'Services that call each other synchronously in a loop can deadlock, amplify retries and fail together. Break the cycle with an asynchronous event, or move the shared logic into one owner.',
  'deep-synchronous-chain':
    'Every synchronous hop adds latency and another chance of failure, and the caller waits for all of them. Work the user does not need to wait for should move behind a queue.',
  'read-heavy-without-cache':
    'When reads outnumber writes by an order of magnitude or more, a cache in front of the database serves most reads from memory, cutting latency and database load. Read-heavy systems are where caching pays off most.',
  'under-provisioned':
    'Size for the peak, not the average: peak load divided by what one instance handles gives the number of instances needed. Below that, the service saturates exactly when traffic is highest.',
  'sharding-without-key':
    'Sharding only works with a shard key: it decides which shard holds each row and which shard a query must visit. Choose one that most queries carry and that spreads load evenly.',
  'hot-database-without-sharding':
    'Replicas scale reads but every write still lands on one primary. Once peak writes exceed what one machine can take, the data has to be split across shards.',
  'missing-health-check':
    'A load balancer only routes around failures it can see. Regular health checks take crashed or hung instances out of rotation automatically.',
  'missing-timeout':
    'A third party you do not control can be slow or down. Without a timeout, calls to it pile up and exhaust your threads and connections; set a timeout, retry with backoff, and add a circuit breaker.',
  'database-without-backup':
    'Replicas copy mistakes as faithfully as good writes. Only regular backups, kept elsewhere and tested by restoring, recover from a bad deploy, a bug or an accidental deletion.',
  'write-behind-without-queue':
    'Write-behind acknowledges a write before the database has it. Queueing the database update makes that deferred write durable and retryable; without a queue, a cache failure loses it.',
  'missing-cdn':
    'With millions of web users, static content and media are best served from edge locations near the user: lower latency, and most traffic never reaches the origin.',
  'single-region':
    'A 99.99% target leaves under an hour of downtime a year, less than a regional outage takes. Meeting it requires running in at least two regions with replication and failover between them.',
  'missing-observability':
    'You cannot operate what you cannot see: metrics show load and errors as they change, logs and traces explain a failing request, and alerts call someone before users notice.',
  'missing-authentication':
    'Every request must be tied to a caller: checking identity once at the entry (a token, key or certificate the gateway validates) lets the services behind it trust who is calling. Any other way in needs its own check.',
  'unencrypted-sensitive-data':
    'Personal, financial and secret data leaks at rest too, through snapshots, backups and old disks, and encrypting it makes those leaks harmless. Keep the keys apart, in a key management service.',
  'sync-call-to-worker':
    'Background work takes seconds to minutes, so a caller that waits for it holds its request open and fails whenever the worker is busy; a queue lets the caller answer at once and retries the job.',
  'storage-beyond-one-node':
    'Replicas copy all the data, so each needs the whole disk: once the data outgrows one node, only splitting it across shards lets it grow further.',
  'orphan-component':
    'A component with no connections contributes nothing to the design. It is either a leftover or a missing connection, and both make the diagram misleading.',
  'flow-over-latency-budget':
    'A request waits for every synchronous hop on its path, one after the other, so the hops add up. When they add up to more than the response time the design promises, users feel it: the path needs fewer or faster hops, work moved off it, or calls made in parallel.',
  'flow-below-availability-budget':
    'A request that needs several components succeeds only when all of them are up, so their availabilities multiply and the chain is weaker than its weakest link. A flow cannot be more available than that product, whatever its own target says.',
};
