// What the preview remembers per file: the collapsed groups, and the one level an overview's group opens at a time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type * as vscode from 'vscode';
import { CollapseState } from '../../client/src/preview/collapseState';

/** VS Code's workspace state is a key-value store that keeps JSON: a Map holds the same. */
function memory(initial?: unknown): vscode.Memento {
  const values = new Map<string, unknown>(initial === undefined ? [] : [['sysd.preview.collapsed', initial]]);
  return {
    keys: () => [...values.keys()],
    get: <T>(key: string, fallback?: T) => (values.has(key) ? structuredClone(values.get(key)) as T : fallback),
    update: async (key: string, value: unknown) => { values.set(key, structuredClone(value)); },
  } as vscode.Memento;
}

const URI = 'file:///w/design.sysd';

test('nothing chosen yet: the layout decides (an overview when the design does not fit)', () => {
  assert.equal(new CollapseState(memory()).get(URI), undefined);
});

test('collapsing and expanding a group the user chose to collapse restores what was inside as it was', async () => {
  const state = new CollapseState(memory());
  await state.toggle(URI, 'data', { collapsed: [], overview: false }, ['hot']);
  assert.deepEqual(state.get(URI), ['data']);
  await state.toggle(URI, 'data', { collapsed: ['data'], overview: false }, ['hot']);
  assert.deepEqual(state.get(URI), []);
});

test('expanding a group of an overview opens one level: the groups inside it come up collapsed, and so on down', async () => {
  const state = new CollapseState(memory());
  await state.toggle(URI, 'eu', { collapsed: ['us', 'eu'], overview: true }, ['eu-api', 'eu-data']);
  assert.deepEqual(state.get(URI), ['us', 'eu-api', 'eu-data']);
  await state.toggle(URI, 'eu-data', { collapsed: ['us', 'eu-api', 'eu-data'], overview: false }, ['eu-hot']);
  assert.deepEqual(state.get(URI), ['us', 'eu-api', 'eu-hot']);
  // collapsed again by the user, it then expands to what it held
  await state.toggle(URI, 'eu-data', { collapsed: ['us', 'eu-api', 'eu-hot'], overview: false }, ['eu-hot']);
  await state.toggle(URI, 'eu-data', { collapsed: ['us', 'eu-api', 'eu-hot', 'eu-data'], overview: false }, ['eu-hot']);
  assert.deepEqual(state.get(URI), ['us', 'eu-api', 'eu-hot']);
  await state.expandAll(URI);
  assert.deepEqual(state.get(URI), []);
});

test('a broken or older workspace state is dropped per file, not trusted', () => {
  const state = new CollapseState(memory({ [URI]: ['data'], 'file:///w/other.sysd': { collapsed: ['x'], overview: [] }, bad: { collapsed: [1] } }));
  assert.equal(state.get(URI), undefined);
  assert.deepEqual(state.get('file:///w/other.sysd'), ['x']);
  assert.equal(new CollapseState(memory('nonsense')).get(URI), undefined);
});
