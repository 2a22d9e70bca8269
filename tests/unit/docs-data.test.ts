// Checks that the documentation data covers every kind, property, enum value and rule of the spec, and that rule pages are well formed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPONENT_KINDS } from '../../server/src/language/ast';
import { analyze } from '../../server/src/language/analysis';
import { kindDocs } from '../../server/src/language/docs/kinds';
import { propertyDocs } from '../../server/src/language/docs/properties';
import { enumValueDocs } from '../../server/src/language/docs/enums';
import { guideReasons } from '../../server/src/language/docs/guide';
import { fileSystemHost } from '../../server/src/language/host';
import { isRuleId } from '../../server/src/language/rules/ids';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Copied by hand from spec/language.md ("Component kinds" table and the paragraphs after it), so that a
// property added to the spec without documentation shows up here.
const SPEC_PROPERTIES = [
  // every kind
  'description', 'technology', 'owner', 'tags',
  // client, cdn
  'type', 'ttl', 'provider', 'caches',
  // loadbalancer, gateway
  'layer', 'algorithm', 'health_check', 'rate_limit', 'instances', 'tls_termination', 'sticky_sessions', 'auth',
  // service, worker, function
  'autoscale', 'capacity', 'stateless', 'timeout', 'retries', 'circuit_breaker', 'language', 'concurrency', 'runtime', 'memory',
  // database
  'engine', 'replicas', 'replication', 'sharding', 'shard_key', 'shards', 'consistency', 'backup', 'multi_region',
  // cache
  'eviction', 'pattern', 'max_memory', 'cluster',
  // queue, topic
  'partitions', 'dlq', 'max_retries', 'retention', 'delivery',
  // storage, external
  'versioning', 'encryption', 'lifecycle', 'sla',
  // group, connection
  'kind', 'protocol', 'qps', 'tls', 'access',
  // scale
  'dau', 'mau', 'concurrent_users', 'reads', 'writes', 'read_write_ratio', 'peak_factor', 'storage', 'storage_growth',
  'bandwidth', 'availability', 'latency_p99',
  // version 2: every kind, data stores, connections, dns, monitoring
  'managed', 'sensitive', 'derived_from', 'latency', 'periodic', 'routing', 'signals',
];

const SPEC_ENUMS: Record<string, string[]> = {
  type: ['web', 'mobile', 'desktop', 'iot'],
  caches: ['static', 'images', 'video', 'api'],
  layer: ['4', '7'],
  algorithm: ['round_robin', 'weighted_round_robin', 'least_connections', 'ip_hash', 'geo'],
  auth: ['none', 'jwt', 'oauth2', 'api_key', 'mtls', 'session'],
  routing: ['simple', 'weighted', 'latency', 'geo', 'failover'],
  signals: ['metrics', 'logs', 'traces', 'alerts'],
  replication: ['sync', 'async', 'none', 'cross-region'],
  sharding: ['none', 'range', 'hash', 'directory', 'geo'],
  consistency: ['strong', 'eventual'],
  eviction: ['lru', 'lfu', 'allkeys-lru', 'volatile-lru', 'volatile-ttl', 'noeviction'],
  pattern: ['cache-aside', 'read-through', 'write-through', 'write-behind'],
  delivery: ['at-most-once', 'at-least-once', 'exactly-once'],
  kind: ['region', 'zone', 'vpc', 'tier', 'boundary', 'team'],
  protocol: ['http', 'https', 'grpc', 'rpc', 'websocket', 'wss', 'tcp', 'udp', 'amqp', 'kafka', 'sql', 'redis', 'smtp', 'ssh'],
  access: ['read', 'write', 'read-write'],
  'database.engine': [
    'postgres', 'mysql', 'sqlite', 'oracle', 'sqlserver', 'cockroachdb', 'spanner', 'mongodb', 'dynamodb',
    'cassandra', 'redis', 'influxdb', 'timescale', 'neo4j', 'elasticsearch',
  ],
  'cache.engine': ['redis', 'memcached', 'local'],
  'queue.engine': ['kafka', 'rabbitmq', 'sqs', 'nats', 'redis'],
  'topic.engine': ['kafka', 'rabbitmq', 'sqs', 'nats', 'redis'],
  'search.engine': ['elasticsearch', 'opensearch', 'solr'],
};

// From the table of spec/rules.md: id → category, default severity, whether a quick fix is listed.
const SPEC_RULES: Array<[string, string, string, boolean]> = [
  ['database-single-point-of-failure', 'reliability', 'warning', true],
  ['service-single-instance', 'reliability', 'warning', true],
  ['single-load-balancer', 'reliability', 'info', true],
  ['cache-without-expiry', 'performance', 'warning', true],
  ['queue-without-dlq', 'reliability', 'warning', true],
  ['queue-without-consumer', 'maintainability', 'warning', false],
  ['queue-without-producer', 'maintainability', 'info', false],
  ['client-bypasses-backend', 'security', 'error', false],
  ['missing-load-balancer', 'scalability', 'warning', true],
  ['missing-rate-limit', 'security', 'warning', true],
  ['insecure-public-traffic', 'security', 'warning', true],
  ['shared-database', 'maintainability', 'info', false],
  ['synchronous-cycle', 'reliability', 'warning', false],
  ['deep-synchronous-chain', 'performance', 'info', false],
  ['read-heavy-without-cache', 'performance', 'warning', true],
  ['under-provisioned', 'scalability', 'warning', true],
  ['sharding-without-key', 'scalability', 'error', true],
  ['hot-database-without-sharding', 'scalability', 'info', false],
  ['missing-health-check', 'reliability', 'info', true],
  ['missing-timeout', 'reliability', 'info', true],
  ['database-without-backup', 'reliability', 'info', true],
  ['write-behind-without-queue', 'reliability', 'warning', false],
  ['missing-cdn', 'performance', 'info', false],
  ['single-region', 'reliability', 'info', false],
  ['orphan-component', 'maintainability', 'hint', true],
  ['flow-over-latency-budget', 'performance', 'warning', false],
  ['flow-below-availability-budget', 'reliability', 'warning', false],
  ['missing-observability', 'reliability', 'info', true],
  ['missing-authentication', 'security', 'info', true],
  ['unencrypted-sensitive-data', 'security', 'warning', true],
  ['sync-call-to-worker', 'reliability', 'warning', false],
  ['storage-beyond-one-node', 'scalability', 'info', false],
];

/** The `sysd` code blocks of a rule page that follow the `Fires:` and `Passes:` markers. */
function examples(page: string): { fires: string[]; passes: string[]; all: number } {
  const grab = (marker: string) => [...page.matchAll(new RegExp(`^${marker}:\\n\\n\`\`\`sysd\\n([\\s\\S]*?)\`\`\`$`, 'gm'))].map((m) => m[1]);
  return { fires: grab('Fires'), passes: grab('Passes'), all: (page.match(/^```sysd$/gm) ?? []).length };
}

test('every component kind has a title, a summary and a hover ending with an "In sysd" line', () => {
  for (const kind of COMPONENT_KINDS) {
    const doc = kindDocs[kind];
    assert.ok(doc, `no doc for ${kind}`);
    assert.ok(doc.title && doc.summary, `${kind}: empty title or summary`);
    const lastLine = doc.markdown.trim().split('\n').at(-1) ?? '';
    assert.match(lastLine, /^\*\*In sysd:\*\*/, `${kind}: hover does not end with the "In sysd" line`);
  }
});

test('every property of the language spec has a documentation entry', () => {
  const missing = SPEC_PROPERTIES.filter((name) => !propertyDocs[name]?.summary || !propertyDocs[name]?.markdown);
  assert.deepEqual(missing, []);
});

test('every enum value of the language spec is explained', () => {
  for (const [property, values] of Object.entries(SPEC_ENUMS)) {
    const missing = values.filter((value) => !enumValueDocs[property]?.[value]);
    assert.deepEqual(missing, [], `undocumented values of ${property}`);
    const plain = property.replace(/^\w+\./, '');
    assert.deepEqual(values.filter((value) => !enumValueDocs[plain]?.[value]), [], `undocumented values of ${plain}`);
  }
});

test('every rule has a guide reason', () => {
  assert.deepEqual(Object.keys(guideReasons).sort(), SPEC_RULES.map(([id]) => id).sort());
});

for (const [id, category, severity, fixable] of SPEC_RULES) {
  test(`rule page ${id} has the header, sections and exactly one Fires and one Passes example`, () => {
    const file = path.join(root, 'docs', 'rules', `${id}.md`);
    assert.ok(existsSync(file), `missing ${file}`);
    const page = readFileSync(file, 'utf8');
    const lines = page.split('\n');
    assert.equal(lines[0], `# ${id}`);
    assert.match(lines[2], new RegExp(`^\\*\\*Category:\\*\\* ${category} · \\*\\*Default severity:\\*\\* ${severity} · \\*\\*Quick fix:\\*\\* ${fixable ? 'yes: ' : 'no$'}`));
    for (const heading of ['## Why', '## How to fix', '## Example']) assert.ok(lines.includes(heading), `${id}: no "${heading}"`);
    const { fires, passes, all } = examples(page);
    assert.equal(fires.length, 1, 'one Fires example');
    assert.equal(passes.length, 1, 'one Passes example');
    assert.equal(all, 2, 'no other sysd blocks');
    assert.ok(page.includes(`@allow(${id}, "`), 'mentions the @allow suppression');
    assert.ok(page.includes('sysd.rules') && page.includes('sysd.config.json'), 'mentions configuration');
  });

  test(`rule page ${id}: both examples are valid sysd (no syntax or schema errors)`, () => {
    const page = readFileSync(path.join(root, 'docs', 'rules', `${id}.md`), 'utf8');
    const { fires, passes } = examples(page);
    for (const [name, source] of [['Fires', fires[0]], ['Passes', passes[0]]] as const) {
      const uri = `file:///docs/rules/${id}.${name}.sysd`;
      const analysis = analyze(uri, fileSystemHost((u) => (u === uri ? source : undefined)));
      const problems = analysis.diagnostics.filter((d) => !isRuleId(d.code)).map((d) => `${d.code}: ${d.message}`);
      assert.deepEqual(problems, [], `${name} example of ${id}`);
    }
  });
}
