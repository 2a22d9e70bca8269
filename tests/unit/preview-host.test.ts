// The preview's host-side logic that runs without VS Code: message validation, typing-burst batching and the size guard.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { batchDelay, maxWait } from '../../client/src/preview/batch';
import { webviewMessage } from '../../client/src/preview/messages';
import { collapseGroups } from '../../server/src/diagram/collapse';
import { outermostGroups } from '../../server/src/diagram/viewport';
import { sizeNotice } from '../../client/src/preview/sizeGuard';
import { diagramOf } from '../../server/src/diagram/model';
import { modelOfText } from '../../server/src/language/model';

test('messages from the webview are accepted only in their known shapes', () => {
  const valid = [
    { type: 'ready' },
    { type: 'rendered', uri: 'file:///a.sysd', version: 3, nodes: ['api', 'data'], edges: ['api->db'] },
    { type: 'rendered', uri: 'file:///a.sysd', version: 4, nodes: [], edges: [], notice: 'This design has 400 components and groups' },
    { type: 'reveal', kind: 'node', id: 'api' },
    { type: 'reveal', kind: 'edge', id: 'api->db#2' },
    { type: 'finding', owner: 'api' },
    { type: 'png', requestId: 1, dataUrl: 'data:image/png;base64,iVBORw0KGgo=' },
    { type: 'pngError', requestId: 1, message: 'no canvas' },
  ];
  for (const message of valid) assert.ok(webviewMessage.safeParse(message).success, JSON.stringify(message));
  const invalid = [
    undefined, null, 'ready', {}, { type: 'run', command: 'rm -rf /' },
    { type: 'rendered', uri: 'file:///a.sysd', version: '3', nodes: [], edges: [] },
    { type: 'rendered', uri: 'file:///a.sysd', version: 1.5, nodes: [], edges: [] },
    { type: 'reveal', kind: 'file', id: 'x' },
    { type: 'reveal', kind: 'node', id: '' },
    { type: 'png', requestId: 1, dataUrl: 'data:text/html;base64,PHNjcmlwdD4=' },
    { type: 'finding', owner: 'x'.repeat(401) },
  ];
  for (const message of invalid) assert.equal(webviewMessage.safeParse(message).success, false, JSON.stringify(message));
});

test('a burst of edits redraws after a quiet period, and at the latest after the maximum wait', () => {
  assert.equal(batchDelay(1000, 1000, 250), 250, 'the first edit waits one quiet period');
  assert.equal(batchDelay(1300, 1000, 250), 250, 'each edit restarts the quiet period');
  assert.equal(maxWait(250), 1000);
  assert.equal(batchDelay(1900, 1000, 250), 100, 'but never past the maximum wait from the burst start');
  assert.equal(batchDelay(2500, 1000, 250), 0, 'a burst longer than the maximum wait redraws at once');
  assert.equal(batchDelay(5, 5, 0), 0, 'no debounce: redraw at once');
});

test('a design with more components and groups than sysd.preview.maxNodes gets a notice instead of a diagram', () => {
  const diagram = diagramOf(modelOfText('group g {\n  service a\n  service b\n}\nservice c\na -> b\n'));
  assert.equal(sizeNotice(diagram, 4), undefined, 'three components and a group fit a limit of four');
  assert.equal(sizeNotice(diagram, 300), undefined);
  const notice = sizeNotice(diagram, 3);
  assert.ok(notice);
  assert.match(notice, /^This design has 4 components and groups, more than the preview lays out interactively \(sysd\.preview\.maxNodes = 3\)\./);
  assert.match(notice, /sysd render/, 'the notice says how to get the picture anyway');
});

test('over sysd.preview.maxNodes, an overview small enough to draw gets no notice; one still too big names the whole design', () => {
  const diagram = diagramOf(modelOfText('group g {\n  service a\n  service b\n  service d\n}\nservice c\na -> b\n'));
  const overview = collapseGroups(diagram, outermostGroups(diagram));
  assert.equal(sizeNotice(diagram, 3, overview), undefined, 'the box of g and c: two, under three');
  assert.match(sizeNotice(diagram, 1, overview) ?? '', /^This design has 5 components and groups, more than the preview lays out interactively \(sysd\.preview\.maxNodes = 1\)\./);
});

test('the panel size and group toggles from the webview are validated like every other message', () => {
  assert.ok(webviewMessage.safeParse({ type: 'viewport', width: 960, height: 1000 }).success);
  for (const bad of [{ width: Number.NaN, height: 10 }, { width: 0, height: 10 }, { width: 1e9, height: 10 }, { width: '960', height: 1000 }, { width: 10 }]) {
    assert.equal(webviewMessage.safeParse({ type: 'viewport', ...bad }).success, false, JSON.stringify(bad));
  }
  assert.ok(webviewMessage.safeParse({ type: 'toggleGroup', id: 'data' }).success);
  assert.equal(webviewMessage.safeParse({ type: 'toggleGroup', id: '' }).success, false);
  assert.equal(webviewMessage.safeParse({ type: 'toggleGroup', id: 'x'.repeat(401) }).success, false);
  assert.ok(webviewMessage.safeParse({ type: 'expandAll' }).success);
});

test('sysd.preview.direction offers exactly the directions the layout knows, auto first and by default', async () => {
  const { DIRECTION_SETTINGS } = await import('../../server/src/diagram/viewport');
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { contributes: { configuration: { properties: Record<string, { enum?: string[]; default?: string }> } } };
  const setting = manifest.contributes.configuration.properties['sysd.preview.direction'];
  assert.deepEqual(setting.enum, [...DIRECTION_SETTINGS]);
  assert.equal(setting.default, 'auto');
});
