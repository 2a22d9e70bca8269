// "What if this fails?" over --stdio: the code action and code lens that ask it, and the sysd/impact request.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens } from 'vscode-languageserver-protocol';
import { IMPACT_REQUEST, type ImpactResult } from '../../server/src/protocol/requests';
import { startClient, type TestClient } from './lsp-client';

let client: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'sysd-impact-'));
const uri = pathToFileURL(join(dir, 'url-shortener.sysd')).href;
const text = readFileSync(new URL('../../examples/url-shortener.sysd', import.meta.url), 'utf8');
const lines = text.split('\n');
const at = (needle: string, offset = 0) => {
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, needle);
  const character = lines[line].indexOf(needle) + offset;
  return { line, character };
};
const INVOKED = 1;
const AUTOMATIC = 2;
// What the URL shortener's request paths lose with the load balancer down: everything behind it.
const BEHIND_LB = ['click-counts', 'click-stats', 'hot-urls', 'lb', 'live-stats', 'redirector', 'shortener', 'url-cache', 'urls'];

before(async () => {
  client = await startClient(pathToFileURL(dir).href);
  client.open(uri, text);
  await client.diagnostics(uri);
});
after(async () => { await client.stop(); });

function actionsAt(position: { line: number; character: number }, context: Record<string, unknown>): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], ...context } });
}

test('Ctrl+. on a component offers "What if this fails?", which runs sysd.whatIfFails with its ID and the uri', async () => {
  const actions = await actionsAt(at('health_check'), { triggerKind: INVOKED });
  const whatIf = actions.filter((a) => a.command?.command === 'sysd.whatIfFails');
  assert.deepEqual(whatIf.map((a) => [a.title, a.command?.arguments]), [['What if this fails? (lb)', ['lb', uri]]]);
  assert.equal(whatIf[0].kind, undefined);
});

test('inside a group the innermost declaration is asked about; on a group line, the group', async () => {
  const inner = await actionsAt(at('capacity: 5k/s'), { triggerKind: INVOKED });
  assert.deepEqual(inner.filter((a) => a.command).map((a) => a.command?.arguments?.[0]), ['redirector']);
  const group = await actionsAt(at('group app', 2), { triggerKind: INVOKED });
  assert.deepEqual(group.filter((a) => a.command).map((a) => a.command?.arguments?.[0]), ['app']);
});

test('no "What if" on automatic requests (no light bulb on every component), for an `only` filter, or outside a declaration', async () => {
  assert.deepEqual((await actionsAt(at('health_check'), { triggerKind: AUTOMATIC })).filter((a) => a.command), []);
  assert.deepEqual((await actionsAt(at('health_check'), { triggerKind: INVOKED, only: ['quickfix'] })).filter((a) => a.command), []);
  assert.deepEqual((await actionsAt(at('web -> edge -> lb'), { triggerKind: INVOKED })).filter((a) => a.command), []);
});

test('every component and group gets a "what if this fails?" lens on its keyword', async () => {
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  const whatIf = lenses.filter((l) => l.command?.command === 'sysd.whatIfFails');
  // 16 components and 4 groups.
  assert.equal(whatIf.length, 22);
  const lb = whatIf.find((l) => l.command?.arguments?.[0] === 'lb');
  assert.deepEqual(lb?.command?.arguments, ['lb', uri]);
  assert.equal(lb?.command?.title, 'what if this fails?');
  assert.deepEqual(lb?.range.start, at('loadbalancer lb'));
  assert.deepEqual(whatIf.find((l) => l.command?.arguments?.[0] === 'backend')?.range.start, at('group backend'));
});

test('sysd/impact with the load balancer down: both clients lose everything behind it, the CDN still answers', async () => {
  const result = await client.request<ImpactResult>(IMPACT_REQUEST, { uri, fail: ['lb'] });
  assert.equal(result.uri, uri);
  assert.equal(result.version, 1);
  assert.deepEqual(result.impact?.failed, ['lb']);
  assert.deepEqual(result.impact?.clients, [{ client: 'mobile', unreachable: BEHIND_LB }, { client: 'web', unreachable: BEHIND_LB }]);
  assert.deepEqual(result.impact?.stalled, []);
  assert.deepEqual(result.stillReached, ['dns', 'edge']);
  assert.deepEqual(result.unknown, []);
  assert.deepEqual(result.spof, { spof: [{ component: 'hot-urls', clients: ['mobile', 'web'] }], external: [] });
});

test('sysd/impact: a group fails with all its members, a dead consumer stalls its queue, unknown IDs are listed', async () => {
  const result = await client.request<ImpactResult>(IMPACT_REQUEST, { uri, fail: ['data', 'analytics', 'clicks-dlq', 'nope'] });
  assert.ok(result.impact?.failed.includes('urls') && result.impact.failed.includes('click-stats') && result.impact.failed.includes('analytics'));
  assert.deepEqual(result.impact?.stalled, [{ component: 'clicks', reason: 'no consumer left' }]);
  assert.deepEqual(result.unknown, ['nope']);
  const spofOnly = await client.request<ImpactResult>(IMPACT_REQUEST, { uri, fail: [] });
  assert.equal(spofOnly.impact, undefined);
  assert.deepEqual(spofOnly.spof.spof.map((s) => s.component), ['hot-urls']);
});

test('sysd/impact answers null for a closed document and rejects bad params', async () => {
  assert.equal(await client.request(IMPACT_REQUEST, { uri: pathToFileURL(join(dir, 'closed.sysd')).href, fail: ['lb'] }), null);
  await assert.rejects(client.request(IMPACT_REQUEST, { uri, fail: 'lb' }), /needs \{ uri: string, fail: string\[\] \}/);
  await assert.rejects(client.request(IMPACT_REQUEST, null), /needs/);
});
