// The preview's view/flow parts that run without VS Code: the picker's messages, the choice kept per file, the code lenses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type * as vscode from 'vscode';
import { webviewMessage } from '../../client/src/preview/messages';
import { SelectionState } from '../../client/src/preview/selectionState';
import { codeLensesOf, SHOW_CHOICE_IN_PREVIEW } from '../../server/src/language/codeLens';
import { analysisOf, URI } from './editor-support';

function memory(initial?: unknown): vscode.Memento {
  const values = new Map<string, unknown>(initial === undefined ? [] : [['sysd.preview.selection', initial]]);
  return {
    keys: () => [...values.keys()],
    get: <T>(key: string, fallback?: T) => (values.has(key) ? structuredClone(values.get(key)) as T : fallback),
    update: async (key: string, value: unknown) => { values.set(key, structuredClone(value)); },
  } as vscode.Memento;
}

test('the picker and a clicked step send only known shapes', () => {
  const valid = [
    { type: 'pick', choice: { kind: 'view', id: 'read-path' } },
    { type: 'pick', choice: { kind: 'flow', id: 'redirect' } },
    { type: 'pick', choice: null },
    { type: 'reveal', kind: 'step', id: 'redirect#2' },
  ];
  for (const message of valid) assert.ok(webviewMessage.safeParse(message).success, JSON.stringify(message));
  const invalid = [
    { type: 'pick' },
    { type: 'pick', choice: { kind: 'group', id: 'data' } },
    { type: 'pick', choice: { kind: 'view', id: '' } },
    { type: 'pick', choice: { kind: 'flow', id: 'x'.repeat(401) } },
    { type: 'pick', choice: 'view:read-path' },
    { type: 'reveal', kind: 'steps', id: 'redirect#2' },
  ];
  for (const message of invalid) assert.ok(!webviewMessage.safeParse(message).success, JSON.stringify(message));
});

test('the choice is kept per file, forgotten for the whole design, and a broken stored value is dropped', async () => {
  const state = new SelectionState(memory());
  assert.equal(state.get(URI), undefined);
  await state.set(URI, { kind: 'flow', id: 'redirect' });
  await state.set('file:///other.sysd', { kind: 'view', id: 'v' });
  assert.deepEqual(state.get(URI), { kind: 'flow', id: 'redirect' });
  await state.set(URI, undefined);
  assert.equal(state.get(URI), undefined);
  assert.deepEqual(state.get('file:///other.sysd'), { kind: 'view', id: 'v' });
  const broken = new SelectionState(memory({ [URI]: { kind: 'script', id: '<x>' }, 'file:///b.sysd': { kind: 'view', id: 'ok' }, 'file:///c.sysd': 'flow:x' }));
  assert.equal(broken.get(URI), undefined);
  assert.equal(broken.get('file:///c.sysd'), undefined);
  assert.deepEqual(broken.get('file:///b.sysd'), { kind: 'view', id: 'ok' });
  assert.equal(new SelectionState(memory('not an object')).get(URI), undefined);
});

test('each view and flow gets a "Show in preview" lens on its keyword that opens the preview on it', () => {
  const text = 'service a\nservice b\na -> b\nview v "V" { include: [a] }\nflow f {\n  a -> b\n}\n';
  const lenses = codeLensesOf(analysisOf(text), URI).filter((l) => l.command?.id === SHOW_CHOICE_IN_PREVIEW);
  assert.deepEqual(lenses.map((l) => [l.range.start.line, l.range.start.character, l.title, l.command?.arguments]), [
    [3, 0, 'Show in preview', [URI, 'view', 'v']],
    [4, 0, 'Show in preview', [URI, 'flow', 'f']],
  ]);
});
