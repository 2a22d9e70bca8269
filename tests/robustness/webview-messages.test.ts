// What a compromised or buggy webview can post: the host's validator refuses every shape it does not know (the preview
// then ignores the message and logs one warning) and strips what it does not expect from the shapes it knows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { webviewMessage } from '../../client/src/preview/messages';

test('hostile and malformed messages fail validation', () => {
  const circular: Record<string, unknown> = { type: 'finding' };
  circular.owner = circular;
  const hostile: unknown[] = [
    Symbol('x'), 42, true, [], [{ type: 'ready' }], () => 'ready', new Date(), circular,
    { type: 'ready '}, { type: 'READY' }, { type: ['ready'] }, { type: { toString: () => 'ready' } },
    { type: 'rendered', uri: 'file:///a.sysd', version: Number.NaN, nodes: [], edges: [] },
    { type: 'rendered', uri: 'file:///a.sysd', version: Number.POSITIVE_INFINITY, nodes: [], edges: [] },
    { type: 'rendered', uri: 'x'.repeat(4001), version: 1, nodes: [], edges: [] },
    { type: 'rendered', uri: 'file:///a.sysd', version: 1, nodes: new Array(100_001).fill('a'), edges: [] },
    { type: 'rendered', uri: 'file:///a.sysd', version: 1, nodes: [42], edges: [] },
    { type: 'reveal', kind: 'node', id: { length: 3 } },
    { type: 'reveal', kind: '__proto__', id: 'api' },
    { type: 'png', requestId: '1', dataUrl: 'data:image/png;base64,AAAA' },
    { type: 'png', requestId: 1, dataUrl: 'javascript:alert(1)' },
    { type: 'error', message: 'x'.repeat(4001) },
    JSON.parse('{"type":"finding","__proto__":{"owner":"api"}}'),
  ];
  for (const message of hostile) {
    assert.equal(webviewMessage.safeParse(message).success, false, String(typeof message === 'object' ? JSON.stringify(message, (_k, v) => (v === circular ? '[circular]' : v))?.slice(0, 80) : String(message)));
  }
});

test('known shapes lose any extra fields, so nothing unexpected reaches the handlers', () => {
  const parsed = webviewMessage.safeParse({ type: 'reveal', kind: 'node', id: 'api', command: 'workbench.action.terminal.new', __proto__: { polluted: true } });
  assert.ok(parsed.success);
  assert.deepEqual(Object.keys(parsed.data), ['type', 'kind', 'id']);
  assert.equal(({} as { polluted?: boolean }).polluted, undefined, 'no prototype pollution');
});
