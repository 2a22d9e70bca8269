// Generates large, realistic, deterministic .sysd designs of exactly N components for the benchmarks.
import type { ComponentKind } from '../server/src/language/ast';

export interface GeneratorOptions {
  /** Seed of the pseudo-random choices (engines, instance counts, labels); the same seed gives the same text. */
  seed?: number;
  /** Domains per region group: how many tier groups each region holds. */
  domainsPerRegion?: number;
  /** Views to append (include a domain, kinds, around a service, exclude), cycling over the domains; default none. */
  views?: number;
  /** Flows to append (a client's read through a region and a domain, every step a declared connection), default none. */
  flows?: number;
}

/** A small, fast, seedable generator (mulberry32): the bench must produce the same design on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What each component of a domain (a tier group) is; the order is the order of truncation when N runs out. */
const DOMAIN_ROLES = ['gw', 'api', 'db', 'cache', 'core', 'jobs', 'jobs-dlq', 'wrk', 'events', 'fn', 'blobs', 'idx'] as const;
type Role = (typeof DOMAIN_ROLES)[number];
const ROLE_KIND: Record<Role, ComponentKind> = {
  gw: 'gateway', api: 'service', db: 'database', cache: 'cache', core: 'service', jobs: 'queue', 'jobs-dlq': 'queue',
  wrk: 'worker', events: 'topic', fn: 'function', blobs: 'storage', idx: 'search',
};

/** Top-level components before the first region: the clients, the edge and the third parties every domain may call. */
const GLOBALS: Array<[ComponentKind, string, string]> = [
  ['client', 'web', 'client web "Browser" { type: web }'],
  ['client', 'mobile', 'client mobile "Mobile app" { type: mobile, description: "iOS and Android" }'],
  ['cdn', 'edge', 'cdn edge "CDN" { ttl: 1d, provider: cloudfront, caches: [static, images] }'],
  ['external', 'payments', 'external payments "Payment provider" { provider: stripe, sla: 99.95%, timeout: 3s }'],
  ['external', 'mailer', 'external mailer "E-mail provider" { provider: sendgrid, sla: 99.9% }'],
  ['dns', 'names', 'dns names "DNS" { provider: route53, routing: latency, ttl: 60s, managed: true }'],
  ['monitoring', 'watch', 'monitoring watch "Monitoring" { provider: prometheus, signals: [metrics, logs, alerts], retention: 30d }'],
];

const DOMAIN_NAMES = ['orders', 'users', 'catalog', 'billing', 'search', 'media', 'chat', 'feed', 'auth', 'geo', 'ads', 'reviews'];

/**
 * A design of exactly `n` components of every kind: clients, a CDN and externals at the top; regions (groups of
 * kind `region`) each holding a load balancer and several domains (groups of kind `tier`, so groups nest two deep),
 * each domain a gateway, services, a worker, a function, a database, a cache, a queue with its dead-letter queue, a
 * topic, object storage and a search index. About 1.5 connections per component (sync, async and duplex, chains,
 * fan-outs, labels, connection blocks). Some domains deliberately break rules: a database without replicas or
 * backup, a queue without a dlq, a cache without expiry, a call to an external without a timeout, a deep chain.
 */
export function generateDesign(n: number, options: GeneratorOptions = {}): string {
  const next = random(options.seed ?? 1);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const perRegion = options.domainsPerRegion ?? 8;

  // Which components exist, planned first so a reference (a `dlq`) never names one that was cut off at N.
  const existing = new Set<string>();
  const globals = GLOBALS.slice(0, n);
  for (const [, id] of globals) existing.add(id);
  let left = n - globals.length;
  const plan: Array<{ region: number; domains: Array<{ domain: number; roles: Role[] }> }> = [];
  let domain = 0;
  for (let r = 0; left > 0; r++) {
    existing.add(`lb-r${r}`);
    left--;
    const region = { region: r, domains: [] as Array<{ domain: number; roles: Role[] }> };
    plan.push(region);
    for (let k = 0; k < perRegion && left > 0; k++, domain++) {
      const roles = DOMAIN_ROLES.slice(0, Math.min(left, DOMAIN_ROLES.length));
      left -= roles.length;
      for (const role of roles) existing.add(`${role}${domain}`);
      region.domains.push({ domain, roles });
    }
  }

  const lines: string[] = [];
  lines.push(`design "Generated ${n}" { description: "Benchmark design with ${n} components", version: v1 }`, '');
  lines.push('// Estimation: feeds the capacity rules and the hovers.');
  lines.push('scale {', '  dau: 20M', '  writes: 3k/s', '  read_write_ratio: 20', '  peak_factor: 3x', '  storage: 50TB',
    '  availability: 99.99%', '  latency_p99: 200ms', '}', '');
  for (const [, , text] of globals) lines.push(text);
  lines.push('');
  for (const { region: r, domains } of plan) {
    lines.push(`group region${r} "Region ${r}" {`, '  kind: region');
    lines.push(`  loadbalancer lb-r${r} "Regional LB ${r}" { layer: 7, algorithm: ${pick(['least_connections', 'round_robin'])}, instances: 2, health_check: 10s, rate_limit: 5k/s, tls_termination: true }`);
    for (const { domain: d, roles } of domains) {
      const name = DOMAIN_NAMES[d % DOMAIN_NAMES.length];
      lines.push('', `  group ${name}${d} "${name} ${d}" {`, '    kind: tier', `    description: "The ${name} domain, copy ${d}"`);
      for (const role of roles) lines.push(`    ${componentDecl(role, d, existing, pick, between)}`);
      lines.push('  }');
    }
    lines.push('}', '');
  }
  const domainsIn = plan.map((region) => region.domains.map((entry) => entry.domain));

  // Connections, only between components that exist (the last domain may be cut short).
  const has = (...ids: string[]) => ids.every((id) => existing.has(id));
  const connect = (ids: string[], text: string) => { if (has(...ids)) lines.push(text); };
  lines.push('// Traffic from the clients.');
  connect(['web', 'edge', 'blobs0'], 'web -> edge -> blobs0 : "static assets" { protocol: https, access: read }');
  connect(['web', 'names', 'edge'], 'web -> names -> edge : "resolve" { protocol: udp }');
  connect(['edge', 'watch'], 'edge ~> watch : "access logs"');
  for (let r = 0; r < domainsIn.length; r++) {
    const lb = `lb-r${r}`;
    connect(['web', lb], `web -> ${lb} : "HTTPS" { protocol: https }`);
    connect(['mobile', lb], `mobile -> ${lb} { protocol: https, qps: 2k/s }`);
    const gateways = domainsIn[r].map((d) => `gw${d}`).filter((id) => existing.has(id));
    if (gateways.length > 0 && has(lb)) lines.push(`${lb} -> ${gateways.join(', ')}`);
    // A push channel from the first domain of each region to the phones.
    connect(['mobile', `gw${domainsIn[r][0]}`], `mobile <-> gw${domainsIn[r][0]} : "push" { protocol: wss }`);
  }
  lines.push('');
  for (let d = 0; d < domain; d++) {
    const c = (role: Role) => `${role}${d}`;
    lines.push(`// Domain ${d}.`);
    connect([c('gw'), c('api')], `${c('gw')} -> ${c('api')} { protocol: grpc, timeout: 2s }`);
    connect([c('api'), c('cache')], `${c('api')} -> ${c('cache')} : "GET ${DOMAIN_NAMES[d % DOMAIN_NAMES.length]}:{id}" { access: read, protocol: redis }`);
    connect([c('api'), c('db')], `${c('api')} -> ${c('db')} : "read on cache miss" { access: read, protocol: sql }`);
    connect([c('api'), c('idx')], `${c('api')} -> ${c('idx')} : "search"`);
    // An async chain of two hops: the API publishes a job, the worker consumes it.
    connect([c('api'), c('jobs'), c('wrk')], `${c('api')} ~> ${c('jobs')} ~> ${c('wrk')}`);
    connect([c('wrk'), c('core')], `${c('wrk')} -> ${c('core')} { timeout: 1s, retries: 2 }`);
    connect([c('core'), c('db')], `${c('core')} -> ${c('db')} : "INSERT" { access: write, protocol: sql, timeout: 500ms }`);
    connect([c('core'), c('events'), c('fn')], `${c('core')} ~> ${c('events')} ~> ${c('fn')}, ${c('wrk')}`);
    connect([c('fn'), c('blobs')], `${c('fn')} -> ${c('blobs')} : "thumbnails" { access: write }`);
    connect([c('wrk'), c('idx')], `${c('wrk')} -> ${c('idx')} { access: write }`);
    connect([c('core'), c('cache')], d % 2 === 0
      ? `${c('core')} <-> ${c('cache')} : "invalidation channel" { protocol: redis }`
      : `${c('core')} -> ${c('cache')} : "invalidate" { access: write }`);
    connect([c('fn'), c('db')], `${c('fn')} -> ${c('db')} : "metadata" { access: read }`);
    // Third parties: most calls carry a timeout; every seventh does not (missing-timeout).
    const external = d % 3 === 0 ? 'mailer' : 'payments';
    connect([c('core'), external], d % 7 === 4
      ? `${c('core')} -> ${external} : "notify"`
      : `${c('core')} -> ${external} : "charge" { timeout: 2s, retries: 1, protocol: https }`);
    // Every ninth domain's API calls the core service directly, which renders synchronously too: a chain longer than
    // maxSyncDepth behind the clients (lb → gw → api → core → fn → db; the hop from the client does not count).
    if (d % 9 === 5) {
      connect([c('api'), c('core')], `${c('api')} -> ${c('core')} : "sync write"`);
      connect([c('core'), c('fn')], `${c('core')} -> ${c('fn')} : "render now"`);
    } else connect([c('api'), c('events')], `${c('api')} ~> ${c('events')}`);
    lines.push('');
  }
  lines.push(...viewsAndFlows(plan, existing, options));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The views and flows of `options`, over the domains that exist in full enough to read through. */
function viewsAndFlows(plan: Array<{ region: number; domains: Array<{ domain: number }> }>, existing: Set<string>, options: GeneratorOptions): string[] {
  const domains = plan.flatMap(({ region, domains: inRegion }) => inRegion.map(({ domain }) => ({ region, domain })))
    .filter(({ domain }) => ['gw', 'api', 'cache', 'db', 'jobs'].every((role) => existing.has(`${role}${domain}`)));
  if (domains.length === 0) return [];
  const lines: string[] = [];
  for (let v = 0; v < (options.views ?? 0); v++) {
    const { domain: d } = domains[v % domains.length];
    const group = `${DOMAIN_NAMES[d % DOMAIN_NAMES.length]}${d}`;
    if (v % 3 === 0) lines.push(`view domain-view${v} "Domain ${d}" { include: [${group}, web], exclude: [jobs-dlq${d}], direction: down }`);
    else if (v % 3 === 1) lines.push(`view data-view${v} "Data ${d}" { kinds: [database, cache], include: [api${d}], collapse: [${group}] }`);
    else lines.push(`view around-view${v} "Around api${d}" { around: api${d}, depth: 2 }`);
  }
  for (let f = 0; f < (options.flows ?? 0); f++) {
    const { region: r, domain: d } = domains[f % domains.length];
    lines.push(`flow read-flow${f} "Read ${d}" {`, `  latency_budget: ${f % 2 === 0 ? '200ms' : '20ms'}`, `  web -> lb-r${r} : "HTTPS" { latency: 10ms }`,
      `  lb-r${r} -> gw${d}`, `  gw${d} -> api${d} { latency: 2ms }`, `  api${d} -> cache${d} : "GET" { latency: 1ms }`, `  api${d} -> db${d} { latency: 5ms }`,
      `  api${d} ~> jobs${d}`, '}');
  }
  return lines.length > 0 ? ['// Views and flows.', ...lines, ''] : [];
}

/** One component declaration with properties valid for its kind; a few domains deliberately break a rule. */
function componentDecl(role: Role, d: number, existing: Set<string>, pick: <T>(values: readonly T[]) => T, between: (min: number, max: number) => number): string {
  const kind = ROLE_KIND[role];
  const id = `${role}${d}`;
  const block = (props: string[]) => `${kind} ${id} "${label(role, d)}" { ${props.join(', ')} }`;
  switch (role) {
    case 'gw': return block([`rate_limit: ${between(1, 5)}k/s`, `auth: ${pick(['jwt', 'oauth2', 'api_key'])}`, 'instances: 2']);
    case 'api': return block([`autoscale: 2..${between(8, 30)}`, `capacity: ${between(1, 4)}k/s`, 'stateless: true', 'timeout: 2s', `owner: "team-${d % 17}"`]);
    case 'core': return block([`instances: ${between(2, 6)}`, 'capacity: 800/s', 'timeout: 1500ms', 'retries: 2', 'circuit_breaker: true', `language: ${pick(['go', 'java', 'kotlin', 'rust'])}`]);
    case 'wrk': return block([`instances: ${between(2, 4)}`, `concurrency: ${pick([4, 8, 16])}`, 'timeout: 30s']);
    case 'fn': return block([`runtime: "${pick(['nodejs20', 'python3.12', 'java21'])}"`, 'timeout: 30s', `memory: ${pick(['256MB', '512MB', '1GB'])}`, 'concurrency: 100']);
    case 'db': {
      const engine = pick(['postgres', 'mysql', 'mongodb', 'cassandra', 'dynamodb', 'cockroachdb']);
      const props = [`engine: ${engine}`];
      // database-single-point-of-failure every seventh domain, database-without-backup (allowed) every eleventh.
      if (d % 7 !== 3) props.push(`replicas: ${between(1, 3)}`, 'replication: async');
      if (d % 5 === 1) props.push('sharding: hash', 'shard_key: tenant_id', `shards: ${pick([4, 8, 16])}`);
      if (d % 11 !== 6) props.push('backup: 1d');
      const decl = block(props);
      return d % 11 === 6 ? `@allow(database-without-backup, "rebuilt from the event log")\n    ${decl}` : decl;
    }
    case 'cache':
      // cache-without-expiry every sixth domain.
      return d % 6 === 4 ? block([`engine: ${pick(['redis', 'memcached'])}`, 'max_memory: 8GB'])
        : block(['engine: redis', `ttl: ${pick(['5m', '10m', '1h'])}`, 'eviction: allkeys-lru', 'pattern: cache-aside', 'replicas: 1']);
    case 'jobs': {
      const props = [`engine: ${pick(['kafka', 'rabbitmq', 'sqs'])}`, `partitions: ${pick([6, 12, 24])}`, 'delivery: at-least-once', 'max_retries: 5'];
      // queue-without-dlq every fifth domain (and when the dead-letter queue fell past N).
      if (d % 5 !== 2 && existing.has(`jobs-dlq${d}`)) props.push(`dlq: jobs-dlq${d}`);
      return block(props);
    }
    case 'jobs-dlq': return block(['engine: kafka', 'retention: 14d']);
    case 'events': return block(['engine: kafka', 'partitions: 32', 'retention: 7d', ...(existing.has(`jobs-dlq${d}`) ? [`dlq: jobs-dlq${d}`] : [])]);
    case 'blobs': return block([`provider: ${pick(['s3', 'gcs', 'azure'])}`, 'versioning: true', 'encryption: true', 'lifecycle: 365d', 'replication: cross-region']);
    case 'idx': return block([`engine: ${pick(['elasticsearch', 'opensearch'])}`, `replicas: ${between(1, 2)}`, `shards: ${pick([3, 5])}`, 'tags: [search, read-path]']);
  }
}

function label(role: Role, d: number): string {
  const words: Record<Role, string> = {
    gw: 'API gateway', api: 'API', db: 'Store', cache: 'Cache', core: 'Core service', jobs: 'Jobs', 'jobs-dlq': 'Dead jobs',
    wrk: 'Worker', events: 'Events', fn: 'Thumbnailer', blobs: 'Blobs', idx: 'Index',
  };
  return `${words[role]} ${d}`;
}
