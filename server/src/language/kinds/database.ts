// The `database` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { bool, count, duration, enumOf, managed, rate, references, text } from './specs';
import { n } from './outline';
import { md } from './text';
import type { KindDescriptor } from './types';

export const DATABASE_ENGINES = [
  'postgres', 'mysql', 'sqlite', 'oracle', 'sqlserver', 'cockroachdb', 'spanner', 'mongodb', 'dynamodb',
  'cassandra', 'redis', 'influxdb', 'timescale', 'neo4j', 'elasticsearch',
] as const;

export const database: KindDescriptor<'database'> = {
  name: 'database',
  properties: {
    engine: { type: 'openEnum', values: DATABASE_ENGINES },
    replicas: count(0),
    replication: enumOf('sync', 'async'),
    sharding: enumOf('none', 'range', 'hash', 'directory', 'geo'),
    shard_key: text,
    shards: count(1),
    consistency: enumOf('strong', 'eventual'),
    backup: duration,
    multi_region: bool,
    // The writes per second one primary takes (rules assume 10k/s when it is not given).
    capacity: rate,
    encryption: bool,
    sensitive: bool,
    derived_from: references('database', 'storage'),
    managed,
  },
  doc: {
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
      '**In sysd:** `engine`, `replicas`, `replication: sync | async`, `sharding: none | range | hash | directory | geo`, `shard_key`, `shards`, `consistency: strong | eventual`, `backup`, `multi_region`, `capacity` (writes per second one primary takes), `encryption`, `sensitive`, `derived_from` (the stores it is rebuilt from), `managed`.',
    ),
  },
  diagram: {
    category: 'data',
    insets: { top: 10, right: 0, bottom: 6, left: 0 },
    outline: (w, h, shape, detail) => {
      const ry = 8;
      return `<path ${shape} d="M0,${ry} A${n(w / 2)},${ry} 0 0 1 ${n(w)},${ry} V${n(h - ry)} A${n(w / 2)},${ry} 0 0 1 0,${n(h - ry)} Z"/>`
        + `<path ${detail} d="M0,${ry} A${n(w / 2)},${ry} 0 0 0 ${n(w)},${ry}"/>`;
    },
    icon: () => '<ellipse cx="10" cy="5" rx="6" ry="2.5"/><path d="M4,5 V15 A6,2.5 0 0 0 16,15 V5 M4,10 A6,2.5 0 0 0 16,10"/>',
  },
  symbol: 'Struct',
  traits: ['backend'],
  snippet: {
    id: 'db', label: 'Database', properties: ['engine: ${3|postgres,mysql,mongodb,dynamodb,cassandra|}', 'replicas: ${4:2}', 'backup: ${5:1d}'],
    why: 'Replicas remove the single point of failure and scale reads; backups protect against data loss.',
  },
  mermaid: { shape: ['[(', ')]'], colors: ['#fff3e0', '#e65100'] },
  d2: 'cylinder',
};
