// Snippets that declare a component with the properties the best-practice rules look for, under an ID not yet taken.
import type { ComponentKind } from './ast';
import { COMPONENT_KINDS } from './ast';

interface Recipe {
  /** The ID to start from (`api`, then `api2` when taken). */
  id: string;
  label: string;
  /** Property lines; `${n:…}` placeholders are numbered from 3 (1 and 2 are the ID and the label). */
  properties: string[];
  /** Extra declarations after the component; `$1` repeats its ID. */
  extra?: string[];
  /** Why these properties, shown in the completion's documentation. */
  why: string;
}

const RECIPES: Record<ComponentKind, Recipe> = {
  client: { id: 'web', label: 'Web app', properties: ['type: ${3|web,mobile,desktop,iot|}'], why: 'The client type decides what the edge must absorb.' },
  cdn: { id: 'edge', label: 'CDN', properties: ['ttl: ${3:1d}', 'caches: [${4:static, images}]'], why: 'A TTL bounds staleness at the edge.' },
  loadbalancer: {
    id: 'lb', label: 'Load balancer',
    properties: ['layer: ${3|7,4|}', 'algorithm: ${4|least_connections,round_robin,weighted_round_robin,ip_hash,geo|}', 'health_check: ${5:30s}', 'rate_limit: ${6:100/s}', 'instances: ${7:2}'],
    why: 'Two instances avoid a single point of failure; health checks route around dead backends; a rate limit protects what is behind.',
  },
  gateway: {
    id: 'api-gw', label: 'API gateway', properties: ['auth: ${3|jwt,oauth2,api_key,mtls,none|}', 'rate_limit: ${4:100/s}', 'instances: ${5:2}'],
    why: 'Authentication and rate limiting once, at the entry; two instances for redundancy.',
  },
  service: {
    id: 'api', label: 'API service', properties: ['autoscale: ${3:2..10}', 'capacity: ${4:1k/s}', 'stateless: ${5|true,false|}', 'timeout: ${6:2s}', 'health_check: ${7:30s}'],
    why: 'Stateless and autoscaled from two instances: no single point of failure, capacity to check against the load, a timeout so slow calls do not pile up.',
  },
  worker: {
    id: 'jobs-worker', label: 'Background worker', properties: ['instances: ${3:2}', 'concurrency: ${4:16}', 'timeout: ${5:30s}'],
    why: 'Several workers keep consuming when one fails; a timeout bounds a stuck job.',
  },
  function: { id: 'fn', label: 'Function', properties: ['runtime: ${3:"nodejs20"}', 'timeout: ${4:10s}', 'memory: ${5:512MB}'], why: 'Platforms cap execution time and memory: say what this function needs.' },
  database: {
    id: 'db', label: 'Database', properties: ['engine: ${3|postgres,mysql,mongodb,dynamodb,cassandra|}', 'replicas: ${4:2}', 'backup: ${5:1d}'],
    why: 'Replicas remove the single point of failure and scale reads; backups protect against data loss.',
  },
  cache: {
    id: 'hot-cache', label: 'Cache', properties: ['engine: ${3|redis,memcached,local|}', 'ttl: ${4:1h}', 'eviction: ${5|allkeys-lru,lru,lfu,volatile-lru,volatile-ttl,noeviction|}', 'pattern: ${6|cache-aside,read-through,write-through,write-behind|}'],
    why: 'A TTL and an eviction policy let the cache forget; the pattern says how it is filled.',
  },
  queue: {
    id: 'jobs-queue', label: 'Queue', properties: ['engine: ${3|kafka,rabbitmq,sqs,nats,redis|}', 'dlq: $1-dlq', 'max_retries: ${4:3}', 'delivery: ${5|at-least-once,at-most-once,exactly-once|}'],
    extra: ['queue $1-dlq "Dead letters"'],
    why: 'Failed messages go to a dead-letter queue after a few retries instead of blocking or vanishing.',
  },
  topic: {
    id: 'events', label: 'Topic', properties: ['engine: ${3|kafka,rabbitmq,sqs,nats,redis|}', 'dlq: $1-dlq', 'retention: ${4:7d}', 'delivery: ${5|at-least-once,at-most-once,exactly-once|}'],
    extra: ['queue $1-dlq "Dead letters"'],
    why: 'Every subscriber gets each message; a dead-letter queue keeps failures for inspection and replay.',
  },
  storage: {
    id: 'blobs', label: 'Object storage', properties: ['versioning: ${3|true,false|}', 'encryption: ${4|true,false|}', 'replication: ${5|cross-region,none|}'],
    why: 'Versioning undoes mistakes; encryption at rest; cross-region replication survives a regional outage.',
  },
  search: { id: 'search-index', label: 'Search index', properties: ['engine: ${3|elasticsearch,opensearch,solr|}', 'replicas: ${4:1}', 'shards: ${5:3}'], why: 'Replicas for availability and read throughput; shards to spread the index.' },
  external: { id: 'ext', label: 'External service', properties: ['provider: ${3:"Stripe"}', 'sla: ${4:99.9%}', 'timeout: ${5:2s}'], why: 'A third party caps your availability at its SLA; always call it with a timeout.' },
};

export interface ComponentSnippet {
  kind: ComponentKind;
  /** LSP snippet text. */
  body: string;
  why: string;
}

/** A free ID: `base`, else `base2`, `base3`, … (bases are never keywords: `cache` cannot be an ID). */
export function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}${n}`)) return `${base}${n}`;
}

/** One snippet per kind, indented with `indent` (the editor re-indents snippet lines after the first). */
export function componentSnippets(taken: (id: string) => boolean, indent = '  '): ComponentSnippet[] {
  return COMPONENT_KINDS.map((kind) => {
    const recipe = RECIPES[kind];
    const id = freeId(recipe.id, (candidate) => taken(candidate) || (recipe.extra !== undefined && taken(`${candidate}-dlq`)));
    const lines = [`${kind} \${1:${id}} "\${2:${recipe.label}}" {`, ...recipe.properties.map((p) => `${indent}${p}`), '}', ...(recipe.extra ?? [])];
    return { kind, body: `${lines.join('\n')}$0`, why: recipe.why };
  });
}

/** A small, complete design that passes every best-practice rule: offered in an empty file, to start from. */
export const STARTER_DESIGN = [
  'design "${1:My System}"',
  '',
  'scale {',
  '  dau: ${2:1M}',
  '  writes: ${3:10M/day}',
  '  read_write_ratio: ${4:10}',
  '  peak_factor: ${5:3x}',
  '  availability: ${6:99.9%}',
  '  latency_p99: ${7:200ms}',
  '}',
  '',
  'client web "Browser" { type: web }',
  'cdn edge "CDN" { ttl: 1d }',
  'loadbalancer lb "Load balancer" {',
  '  layer: 7',
  '  algorithm: least_connections',
  '  health_check: 30s',
  '  rate_limit: 100/s',
  '  instances: 2',
  '}',
  'service api "API service" { autoscale: 2..10, stateless: true }',
  '',
  'group data "Data tier" {',
  '  kind: tier',
  '  cache api-cache "Cache" { engine: redis, ttl: 1h, eviction: allkeys-lru, pattern: cache-aside }',
  '  database main-db "Primary database" { engine: postgres, replicas: 2, backup: 1d }',
  '}',
  '',
  'web -> edge -> lb : "HTTPS" { protocol: https }',
  'lb -> api',
  'api -> api-cache : "cache-aside lookups"',
  'api -> main-db',
  '$0',
].join('\n');

/** Replaces every placeholder with its default (the first choice), as the editor would on plain accept. */
export function expandSnippet(body: string): string {
  const defaults = new Map<string, string>();
  const withDefaults = body
    .replace(/\$\{(\d+)\|([^,|]*)[^|]*\|\}/g, (_m, n: string, first: string) => { defaults.set(n, first); return first; })
    .replace(/\$\{(\d+):([^}]*)\}/g, (_m, n: string, value: string) => { defaults.set(n, value); return value; });
  return withDefaults.replace(/\$(\d+)/g, (_m, n: string) => defaults.get(n) ?? '');
}
