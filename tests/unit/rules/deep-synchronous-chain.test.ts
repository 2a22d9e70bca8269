// Rule deep-synchronous-chain: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, textAt } from '../rules-support';
import { API_LINE, vary } from './designs';
import { ruleTester } from './tester';

const services = (...ids: string[]) => [API_LINE, ...ids.map((id) => `service ${id} "${id.toUpperCase()}" { instances: 2 }`)].join('\n');

/** The finding's arrow as `from -> to`, read off the text: the hop past the limit. */
function hopAt(text: string, finding: { range: { start: { line: number; character: number } } }): string {
  const line = text.split('\n')[finding.range.start.line];
  const before = line.slice(0, finding.range.start.character).trim().split(/\s+/);
  const after = line.slice(finding.range.start.character + 2).trim().split(/\s+/);
  return `${before[before.length - 1]} -> ${after[0]}`;
}

ruleTester('deep-synchronous-chain', {
  valid: [
    vary([[API_LINE, services('b')], ['api -> db', 'api -> b -> db']]),
    // v2: the hop from the client does not count: gw → api → b → c → db is exactly 4 hops.
    vary([[API_LINE, services('b', 'c')], ['api -> db', 'api -> b -> c -> db']]),
    // v2: nor do hops through a CDN and a DNS in front of the system.
    vary([[API_LINE, services('b', 'c')], ['app -> gw : "HTTPS" { protocol: https }', 'app -> names\napp -> edge -> gw : "HTTPS" { protocol: https }'], ['api -> db', 'api -> b -> c -> db']],
      'dns names "DNS" { managed: true }\ncdn edge "CDN" { rate_limit: 100/s }\n'),
    // v2: a scheduled call is part of no request chain.
    vary([[API_LINE, services('b', 'c', 'd')], ['api -> db', 'api -> b -> c -> db\nc -> d { periodic: 5m }\nd -> db']]),
  ],
  invalid: [{
    design: vary([[API_LINE, services('b', 'c', 'd')], ['api -> db', 'api -> b -> c -> d -> db']]),
    findings: [{ at: '->', line: 12, severity: 'info', message: /app → gw → api → b → c → d → db is 5 synchronous hops, more than 4 \(maxSyncDepth\)/ }],
  }],
});

test('deep-synchronous-chain: one finding per client, on the hop past the limit of the first chain in declaration order', () => {
  // Two deep chains from 'app': the first declared (through 'b') is reported, on its fifth counted hop 'e -> db'.
  const text = vary([[API_LINE, services('b', 'c', 'd', 'e', 'x', 'y', 'z')], ['api -> db', 'api -> b -> c -> d -> e -> db\napi -> x -> y -> z -> db']]);
  const found = findings(text, 'deep-synchronous-chain');
  assert.equal(found.length, 1);
  assert.equal(textAt(text, found[0].range), '->');
  assert.equal(hopAt(text, found[0]), 'd -> e');
  assert.match(found[0].message, /^app → gw → api → b → c → d → e is 5 synchronous hops/);
  assert.deepEqual(found[0].related?.map((r) => r.message), [
    "the chain starts at client 'app'", "step 1 of the chain: 'gw'", "step 2 of the chain: 'api'", "step 3 of the chain: 'b'",
    "step 4 of the chain: 'c'", "step 5 of the chain: 'd'", "step 6 of the chain: 'e'",
  ]);

  // A second client on the same chain gets its own finding.
  const twoClients = text.replace('client app "Mobile app" { type: mobile }', 'client app "Mobile app" { type: mobile }\nclient web "Web app" { type: web }')
    .replace('app -> gw : "HTTPS" { protocol: https }', 'app -> gw : "HTTPS" { protocol: https }\nweb -> gw { protocol: https }');
  assert.deepEqual(findings(twoClients, 'deep-synchronous-chain').map((f) => f.message.split(' is ')[0]),
    ['app → gw → api → b → c → d → e', 'web → gw → api → b → c → d → e']);
});

test('deep-synchronous-chain: maxSyncDepth sets the limit', () => {
  const text = vary([[API_LINE, services('b')], ['api -> db', 'api -> b -> db']]);
  assert.equal(findings(text, 'deep-synchronous-chain').length, 0);
  const found = findings(text, 'deep-synchronous-chain', { maxSyncDepth: 2 });
  assert.equal(found.length, 1);
  assert.equal(hopAt(text, found[0]), 'b -> db');
  assert.match(found[0].message, /app → gw → api → b → db is 3 synchronous hops, more than 2/);
});
