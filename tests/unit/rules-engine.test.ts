// The rule engine around the rules: @allow (elements, connections, groups), its own problems, severities, escalation, fix layout, fix-all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAllText } from '../../server/src/language/fixes/rules';
import { formatText } from '../../server/src/language/format';
import { modelOfText } from '../../server/src/language/model';
import { checkRules } from '../../server/src/language/rules';
import { DEFAULT_CONFIG } from '../../server/src/language/schema';
import { DESIGN } from './rules/designs';
import { analyzeText, apply, findings, fixesFor, fixture, textAt } from './rules-support';

test('an @allow on a component silences that rule there, and its reason is kept as the suppression justification', () => {
  const text = DESIGN.replace('database db', '@allow(database-without-backup, "nightly dumps elsewhere")\ndatabase db').replace(', backup: 1d', '');
  assert.deepEqual(findings(text, 'database-without-backup'), []);
  const run = checkRules(modelOfText(text), DEFAULT_CONFIG);
  assert.equal(run.suppressed.length, 1);
  assert.equal(run.suppressed[0].finding.code, 'database-without-backup');
  assert.equal(run.suppressed[0].reason, 'nightly dumps elsewhere');
});

test('an @allow on a connection silences findings on that connection only', () => {
  const text = `${DESIGN}external a "A"\nexternal b "B"\n@allow(missing-timeout, "fire and forget")\napi -> a\napi -> b\n`;
  const found = findings(text, 'missing-timeout');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /api → b/);
});

test('an @allow on a group covers the components and connection statements inside it, nested groups included', () => {
  const text = fixture('group-allow.sysd');
  assert.deepEqual(findings(text, 'database-without-backup').map((d) => textAt(text, d.range)), ['other']);
  assert.deepEqual(findings(text, 'missing-timeout'), []);
  // 'scratch' has no connections: the group's allow covers it too, so no id of the allow is unused.
  assert.deepEqual(findings(text, 'orphan-component'), []);
  assert.deepEqual(findings(text, 'unused-allow'), []);
  const withoutAllow = text.replace(/^@allow\(.*\n/m, '');
  assert.deepEqual(findings(withoutAllow, 'orphan-component').map((d) => textAt(withoutAllow, d.range)), ['scratch']);
  assert.deepEqual(findings(withoutAllow, 'missing-timeout').length, 1);
});

test('an @allow naming an unknown rule is a warning with a did-you-mean, fixed by the quick fix', () => {
  const text = `${DESIGN}@allow(orphan-componnet, "kept for later")\nexternal geo "Geo"\n`;
  const [unknown] = findings(text, 'unknown-rule');
  assert.equal(unknown.severity, 'warning');
  assert.equal(textAt(text, unknown.range), 'orphan-componnet');
  assert.match(unknown.message, /Did you mean 'orphan-component'/);
  const fixed = apply(text, fixesFor(text, unknown)[0]);
  assert.deepEqual(findings(fixed, 'unknown-rule'), []);
  assert.deepEqual(findings(fixed, 'orphan-component'), []);
});

test('an @allow that silences nothing is an unused-allow hint, greyed out, removed by its quick fix', () => {
  const text = DESIGN.replace('database db', '@allow(database-without-backup, orphan-component)\ndatabase db');
  const unused = findings(text, 'unused-allow');
  assert.deepEqual(unused.map((d) => [textAt(text, d.range), d.severity, d.tags]), [
    ['database-without-backup', 'hint', ['unnecessary']], ['orphan-component', 'hint', ['unnecessary']],
  ]);
  const once = apply(text, fixesFor(text, unused[0])[0]);
  assert.match(once, /^@allow\(orphan-component\)$/m);
  const twice = apply(once, fixesFor(once, findings(once, 'unused-allow')[0])[0]);
  assert.equal(twice, DESIGN);
});

test('an @allow still counts as used when its rule is turned off in the configuration', () => {
  const text = `${DESIGN}@allow(orphan-component, "placeholder")\nexternal geo "Geo"\n`;
  assert.deepEqual(findings(text, 'unused-allow', { rules: { 'orphan-component': 'off' } }), []);
});

test('requireAllowReason makes an @allow without a reason a warning', () => {
  const text = `${DESIGN}@allow(orphan-component)\nexternal geo "Geo"\n`;
  assert.deepEqual(findings(text, 'allow-without-reason'), []);
  const [missing] = findings(text, 'allow-without-reason', { requireAllowReason: true });
  assert.equal(missing.severity, 'warning');
  assert.equal(textAt(text, missing.range), '@allow(orphan-component)');
  assert.deepEqual(findings(text.replace('@allow(orphan-component)', '@allow(orphan-component, "why")'), 'allow-without-reason', { requireAllowReason: true }), []);
});

test('configured severities replace the default, and off drops the rule', () => {
  const text = `${DESIGN}external geo "Geo"\n`;
  assert.equal(findings(text, 'orphan-component')[0].severity, 'hint');
  assert.equal(findings(text, 'orphan-component', { rules: { 'orphan-component': 'error' } })[0].severity, 'error');
  assert.deepEqual(findings(text, 'orphan-component', { rules: { 'orphan-component': 'off' } }), []);
});

const SPOF = fixture('high-availability.sysd');

test('99.9% availability or more raises the single-point-of-failure rules one level and says so', () => {
  const severities = (text: string, rules = {}) => Object.fromEntries(
    ['database-single-point-of-failure', 'service-single-instance', 'single-load-balancer'].map((id) => [id, findings(text, id, { rules })[0]]),
  );
  const raised = severities(SPOF);
  assert.equal(raised['database-single-point-of-failure'].severity, 'error');
  assert.equal(raised['service-single-instance'].severity, 'error');
  assert.equal(raised['single-load-balancer'].severity, 'warning');
  for (const finding of Object.values(raised)) assert.match(finding.message, /Raised to (error|warning) because the design targets 99\.95% availability/);

  const plain = severities(SPOF.replace('99.95%', '99.5%'));
  assert.equal(plain['database-single-point-of-failure'].severity, 'warning');
  assert.equal(plain['single-load-balancer'].severity, 'info');
  assert.doesNotMatch(plain['database-single-point-of-failure'].message, /Raised/);

  // Other rules keep their severity.
  assert.equal(findings(SPOF, 'cache-without-expiry').length, 0);
  assert.equal(findings(SPOF.replace('api -> db', 'api -> db\ncache c "C"\napi -> c'), 'cache-without-expiry')[0].severity, 'warning');

  // A configured severity is final: no escalation on top of it.
  const configured = severities(SPOF, { 'database-single-point-of-failure': 'info' });
  assert.equal(configured['database-single-point-of-failure'].severity, 'info');
  assert.doesNotMatch(configured['database-single-point-of-failure'].message, /Raised/);
});

test('findings are deterministic and sorted by position', () => {
  const text = `${SPOF}external geo "Geo"\ncache c "C"\napi -> c\n`;
  const first = analyzeText(text).diagnostics;
  const second = analyzeText(text).diagnostics;
  assert.deepEqual(first, second);
  const positions = first.map((d) => d.range.start.line * 1000 + d.range.start.character);
  assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
});

test('findings carry related information about the other components involved', () => {
  const text = DESIGN.replace('api -> db', 'api -> db\nservice billing "Billing" { instances: 2 }\ngw -> billing\nbilling -> db');
  const [shared] = findings(text, 'shared-database');
  assert.deepEqual(shared.related?.map((r) => textAt(text, r.range)), ['api', 'billing']);
});

test('property fixes keep the block layout: one line stays one line, multi-line gets a line, no block gets one', () => {
  const fix = (text: string) => apply(text, fixesFor(text, findings(text, 'database-without-backup')[0])[0]);
  const base = (db: string) => `client app "App" { type: mobile }\ngateway gw "GW" { instances: 2, rate_limit: 10/s }\nservice api "API" { instances: 2 }\n${db}\napp -> gw { protocol: https }\ngw -> api\napi -> db\n`;
  assert.equal(fix(base('database db "DB" { replicas: 2 }')), base('database db "DB" { replicas: 2, backup: 1d }'));
  assert.equal(fix(base('database db "DB" {\n  engine: postgres\n  replicas: 2\n}')), base('database db "DB" {\n  engine: postgres\n  replicas: 2\n  backup: 1d\n}'));
  const group = (db: string) => base(`group data "Data" {\n  kind: tier\n  ${db}\n}`);
  assert.equal(fix(group('database db "DB" {\n    replicas: 2\n  }')), group('database db "DB" {\n    replicas: 2\n    backup: 1d\n  }'));
  const bare = `${DESIGN}database logs "Logs" { replicas: 2 }\napi -> logs\n`.replace('database logs "Logs" { replicas: 2 }', 'database logs "Logs"');
  const spof = findings(bare, 'database-single-point-of-failure').find((d) => textAt(bare, d.range) === 'logs')!;
  assert.match(apply(bare, fixesFor(bare, spof)[0]), /^database logs "Logs" \{ replicas: 2 \}$/m);
});

test('the suppress action inserts @allow on the line before, at the statement indentation', () => {
  const text = `${DESIGN}group g "G" {\n  kind: tier\n  external geo "Geo"\n}\n`;
  const [orphan] = findings(text, 'orphan-component');
  const suppress = fixesFor(text, orphan).find((f) => f.title.startsWith('Suppress'))!;
  assert.match(apply(text, suppress), /\n {2}@allow\(orphan-component, "reason"\)\n {2}external geo "Geo"\n/);
});

test('fix-all applies every automatic fix, leaves structural ones alone, and is idempotent', () => {
  const text = `client app "App" { type: mobile }
gateway gw "Gateway" { auth: jwt }
service api "API"
database db "DB" { engine: postgres }
cache c "Cache"
external psp "PSP"
external geo "Geo"
app -> gw { protocol: http }
gw -> api
api -> db
api -> c
api -> psp
monitoring m "Monitoring"
api ~> m
`;
  const fixed = fixAllText(text, (next) => analyzeText(next));
  const left = analyzeText(fixed).diagnostics.map((d) => d.code);
  assert.deepEqual(left, ['orphan-component']);
  assert.equal(fixAllText(fixed, (next) => analyzeText(next)), fixed);
  assert.match(fixed, /gateway gw "Gateway" \{ auth: jwt, rate_limit: 100\/s, instances: 2 \}/);
  assert.match(fixed, /api -> psp \{ timeout: 2s \}/);
});

test('a one-line block that would hold more than six properties is expanded, one per line, as the formatter does', () => {
  const text = `client app "App" { type: mobile }
gateway gw "GW" { instances: 2, rate_limit: 10/s }
service api "API" { instances: 2 }
group data "Data" {
  kind: tier
  database db "DB" { engine: postgres, replicas: 2, consistency: strong, shards: 4, shard_key: id, sharding: hash }
}
app -> gw { protocol: https }
gw -> api
api -> db
`;
  const [finding] = findings(text, 'database-without-backup');
  const fixed = apply(text, fixesFor(text, finding)[0]);
  assert.match(fixed, /\n {2}database db "DB" \{\n {4}engine: postgres\n {4}replicas: 2\n(.*\n){4} {4}backup: 1d\n {2}\}\n/);
  assert.equal(formatText(fixed), fixed);
});

test('fix-all also removes every unused @allow, even two for the same rule', () => {
  const text = DESIGN.replace('service api', '@allow(orphan-component)\nservice api').replace('database db', '@allow(orphan-component)\ndatabase db');
  assert.equal(findings(text, 'unused-allow').length, 2);
  assert.equal(fixAllText(text, (next) => analyzeText(next)), DESIGN);
});
