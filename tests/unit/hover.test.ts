// Hover: kind docs, component cards, property and enum docs, quantity derivations, the scale estimate, @allow.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/language/analysis';
import { hoverAt } from '../../server/src/language/hover';
import { analysisOf, fixture, positionOf, URI } from './editor-support';

const text = fixture('shop.sysd');
const analysis = analysisOf(text);
const hover = (needle: string, shift = 0, nth = 0) => hoverAt(analysis, URI, positionOf(text, needle, shift, nth))?.markdown ?? '';

test('a kind keyword shows the kind documentation', () => {
  assert.match(hover('cache hot'), /\*\*Cache\*\*|cache/i);
  assert.match(hover('loadbalancer lb', 5), /Load balancer/);
});

test('a component ID shows a card with kind, label, properties, connections and findings', () => {
  const card = hover('service api', 8);
  assert.match(card, /\*\*api\*\* · `service` — API/);
  assert.match(card, /autoscale: `3\.\.20`/);
  assert.match(card, /1 in · 3 out/);
  assert.match(card, /`lb` -> this \(sync\)/);
  assert.match(card, /this ~> `events` \(async\) — "order placed"/);
  // The same card on a reference, at the end of the token.
  assert.equal(hover('lb -> api', 9), card);
});

test('a dlq value shows the card of the queue it names', () => {
  assert.match(hover('dlq: events-dlq', 6), /\*\*events-dlq\*\* · `queue` — Dead letters/);
});

test('a card lists the findings reported on the ID', () => {
  const broken = 'cache c { ttl: 1h }\ncache c\n';
  const card = hoverAt(analysisOf(broken), URI, { line: 1, character: 6 })?.markdown ?? '';
  assert.match(card, /\*\*Findings\*\*/);
  assert.match(card, /`duplicate-id`/);
  const unknown = hoverAt(analysisOf('service api\napi -> cach\n'), URI, { line: 1, character: 8 })?.markdown ?? '';
  assert.match(unknown, /not declared/);
  assert.match(unknown, /`unresolved-reference`/);
});

test('a property name shows meaning, expected value and allowed values', () => {
  const ttl = hover('ttl: 1h', 1);
  assert.match(ttl, /\*\*ttl\*\* · property of a `cache`/);
  assert.match(ttl, /\*\*Value:\*\* a duration/);
  const eviction = hover('eviction:');
  assert.match(eviction, /- `allkeys-lru`/);
  assert.match(eviction, /- `noeviction`/);
});

test('an enum value explains the choice, per kind for engines', () => {
  assert.match(hover('engine: postgres', 9), /PostgreSQL/);
  assert.match(hover('engine: redis', 9), /in-memory data-structure server/);
  assert.match(hover('engine: kafka', 9), /Apache Kafka/);
  assert.match(hover('eviction: allkeys-lru', 12), /allkeys-lru/i);
});

test('a per-day rate shows its per-second average and its peak with the peak factor', () => {
  const writes = hover('100M/day', 2);
  assert.match(writes, /≈ \*\*1,157\/s\*\* on average/);
  assert.match(writes, /at peak: \*\*≈ 5,787\/s\*\* \(× 5 `peak_factor`\)/);
  assert.match(hover('2M/day'), /≈ \*\*23\.15\/s\*\*/);
});

test('sizes, percentages, durations and ranges are normalised', () => {
  assert.match(hover('91TB'), /= \*\*91,000,000,000,000 bytes\*\*/);
  assert.match(hover('2GiB'), /= \*\*2,147,483,648 bytes\*\* ≈ 2\.15 GB/);
  const availability = hover('99.99%');
  assert.match(availability, /\*\*52\.6 min per year\*\*/);
  assert.match(availability, /4\.32 min per month/);
  assert.match(hover('ttl: 1h', 5), /= \*\*3,600 s\*\*/);
  assert.match(hover('30s'), /= \*\*30 s\*\*/);
  const autoscale = hover('3..20');
  assert.match(autoscale, /between \*\*3\*\* and \*\*20\*\* instances/);
  assert.match(autoscale, /\*\*100,000\/s\*\* at maximum/);
});

test('the scale keyword shows the whole estimate as a table', () => {
  const table = hover('scale {', 2);
  assert.match(table, /\| --- \| ---: \| --- \|/);
  assert.match(table, /\| Writes \(average\) \| \*\*1,157\/s\*\* \| given: `100M\/day` \|/);
  assert.match(table, /\| Reads \(average\) \| \*\*115,741\/s\*\* \| writes 1,157\/s × ratio 100 \|/);
  assert.match(table, /\| Reads at peak \| \*\*578,704\/s\*\*/);
  assert.match(table, /\| Storage \| \*\*91 TB\*\*/);
  assert.match(table, /\| Downtime budget \/ year \| \*\*52\.6 min\*\*/);
  assert.match(table, /Read-heavy/);
});

test('@allow and its rule ids explain the rule and show the reason', () => {
  const rule = hover('orphan-component', 3);
  assert.match(rule, /\*\*orphan-component\*\* · maintainability rule, hint by default/);
  assert.match(rule, /A component with no connections at all\./);
  assert.match(rule, /Allowed here because:\*\* called from a batch job/);
  const allow = hover('@allow', 2);
  assert.match(allow, /Silences: `orphan-component`/);
});

test('hover works in a file with a syntax error elsewhere, and is empty on whitespace', () => {
  const broken = 'service api { instances: 3\ncache c { ttl: 5m }\napi -> c\n';
  const result = analysisOf(broken);
  assert.match(hoverAt(result, URI, { line: 1, character: 16 })?.markdown ?? '', /= \*\*300 s\*\*/);
  assert.match(hoverAt(result, URI, { line: 2, character: 7 })?.markdown ?? '', /\*\*c\*\* · `cache`/);
  assert.equal(hoverAt(analysis, URI, { line: 1, character: 0 }), undefined);
});

test('a component from an imported file shows where it is declared and its rule findings; arrows show connection findings', () => {
  const uri = 'file:///x/a.sysd';
  const files: Record<string, string> = { [uri]: 'import "b.sysd"\nclient web\nweb -> db\n', 'file:///x/b.sysd': 'database db "Main DB"\n' };
  const result = analyze(uri, { read: (u) => files[u], resolve: (from, path) => new URL(path, from).href });
  const card = hoverAt(result, uri, { line: 2, character: 8 })?.markdown ?? '';
  assert.match(card, /\*\*db\*\* · `database` — Main DB/);
  assert.match(card, /declared in b\.sysd/);
  assert.match(card, /`database-single-point-of-failure`: Database 'db' has no replicas/);
  const arrow = hoverAt(result, uri, { line: 2, character: 4 })?.markdown ?? '';
  assert.match(arrow, /synchronous call/);
  assert.match(arrow, /`client-bypasses-backend`/);
});

test('an import path shows the file it names and what it brings in, or that it is missing', () => {
  const uri = 'file:///x/a.sysd';
  const files: Record<string, string> = { [uri]: 'import "lib/b.sysd"\nimport "nope.sysd"\n', 'file:///x/lib/b.sysd': 'database db\ngroup g { cache c }\n' };
  const result = analyze(uri, { read: (u) => files[u], resolve: (from, path) => new URL(path, from).href });
  const found = hoverAt(result, uri, { line: 0, character: 10 });
  assert.match(found?.markdown ?? '', /→ `b\.sysd`/);
  assert.match(found?.markdown ?? '', /Brings 3 declarations into this design: `db`, `c`, `g`/);
  assert.deepEqual(found?.range, { start: { line: 0, character: 7 }, end: { line: 0, character: 19 } });
  const missing = hoverAt(result, uri, { line: 1, character: 9 })?.markdown ?? '';
  assert.match(missing, /no such file \(looked for `file:\/\/\/x\/nope\.sysd`\)/);
});

test("an enum value that names an Object prototype member gets the plain unknown-value text", () => {
  const text = 'database db { engine: constructor }\n';
  const result = hoverAt(analysisOf(text), URI, positionOf(text, 'constructor'));
  assert.match(String(result?.markdown ?? JSON.stringify(result)), /`constructor` is not a known `engine`/);
});

test('a component card says whether it is redundant by itself, and whom it cuts off when it is not', () => {
  const design = 'client web\nclient app\nloadbalancer lb\nservice api { autoscale: 3..20 }\nexternal pay { sla: 99.9% }\nservice batch\nweb -> lb -> api -> pay\napp -> lb\n';
  const own = analysisOf(design);
  const card = (needle: string, shift: number) => hoverAt(own, URI, positionOf(design, needle, shift))?.markdown ?? '';
  assert.match(card('loadbalancer lb', 13), /not redundant by itself[^\n]*\n- \*\*a single point of failure\*\* for `app`, `web`/);
  assert.match(card('service api', 8), /redundant by itself: it autoscales from 3 instances/);
  assert.doesNotMatch(card('service api', 8), /single point of failure/);
  assert.match(card('external pay', 9), /- promises 99\.9%\n- an outside dependency of `app`, `web`/);
  assert.match(card('service batch', 8), /on no client's request path, so its failure cuts no client off/);
  assert.doesNotMatch(card('client web', 7), /\*\*Availability\*\*/);
});
