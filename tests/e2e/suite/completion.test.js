// API-level e2e tests of completion noise: what the editor's whole list holds (every provider, snippets and words too).
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { activeExtension, openEditor, positionOf, revertActiveEditor, waitFor } = require('./helpers');

const label = (item) => (typeof item.label === 'string' ? item.label : item.label.label);

/**
 * The items every provider gives at `position` (what the suggest widget would list: the server's, snippets, words),
 * once they include `expected` (the server has answered for this text).
 */
async function completionAt(document, position, expected) {
  return waitFor(`completion items including ${expected}`, async () => {
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, position);
    const items = (list && list.items) || [];
    return items.some((item) => label(item) === expected) ? { items, isIncomplete: Boolean(list.isIncomplete) } : undefined;
  }, { timeout: 30_000 });
}

/** Puts `text` on the blank line inside `service api { … }` of noise.sysd and returns the position after it. */
async function typeInApiBlock(editor, text) {
  const blank = positionOf(editor.document, 'autoscale: 10..80\n').line + 1;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(editor.document.uri, new vscode.Position(blank, 0), `  ${text}`);
  assert.ok(await vscode.workspace.applyEdit(edit), `inserting ${text} failed`);
  return new vscode.Position(blank, 2 + text.length);
}

/** Appends `text` to noise.sysd (which ends with a line break) and returns the position at its end. */
async function typeAtEnd(editor, text) {
  const document = editor.document;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.positionAt(document.getText().length), text);
  assert.ok(await vscode.workspace.applyEdit(edit), `inserting ${text} failed`);
  return document.positionAt(document.getText().length);
}

suite('sysd completion offers only what fits (vscode API)', () => {
  suiteSetup(async () => {
    await activeExtension();
  });

  teardown(async () => {
    await revertActiveEditor();
  });

  test('inside a component block: only that kind\'s property names, no arrows, @allow or snippets', async () => {
    const editor = await openEditor('noise.sysd');
    const position = await typeInApiBlock(editor, '');
    const { items } = await completionAt(editor.document, position, 'timeout');
    const names = items.map(label);
    assert.ok(names.includes('timeout') && names.includes('language'), `service properties are offered: ${names.join(', ')}`);
    const other = items.filter((item) => item.kind !== vscode.CompletionItemKind.Property).map(label);
    assert.deepEqual(other, [], 'nothing but property names inside a property block');
  });

  test('typing `ca` at the start of a line lists `cache` once', async () => {
    const editor = await openEditor('noise.sysd');
    const position = await typeAtEnd(editor, 'ca');
    const { items } = await completionAt(editor.document, position, 'cache');
    const cache = items.map(label).filter((name) => /^cache\b/.test(name));
    assert.deepEqual(cache, ['cache'], 'one entry for the kind `cache` (no snippet twin)');
  });

  test('after `timeout: ` the list is incomplete, and after `timeout: 5` it holds the units for a duration', async () => {
    const editor = await openEditor('noise.sysd');
    const afterColon = await typeInApiBlock(editor, 'timeout: ');
    const examples = await completionAt(editor.document, afterColon, '500ms');
    assert.ok(examples.items.map(label).includes('500ms'), 'example durations');
    assert.equal(examples.isIncomplete, true, 'the editor must ask again once a number is typed, not narrow the examples');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, afterColon, '5');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const units = await completionAt(editor.document, afterColon.translate(0, 1), '5s');
    const names = units.items.map(label);
    for (const unit of ['5ms', '5s', '5min']) assert.ok(names.includes(unit), `${unit} after \`timeout: 5\`: ${names.join(', ')}`);
    assert.equal(units.isIncomplete, true, 'and again after each digit');
  });

  test('word-based suggestions are off for sysd, so `language: ` offers no words picked from the file', async () => {
    const setting = vscode.workspace.getConfiguration('editor', { languageId: 'sysd' }).inspect('wordBasedSuggestions');
    assert.equal(setting && setting.defaultLanguageValue, 'off', 'the extension turns editor.wordBasedSuggestions off for [sysd]');
    const editor = await openEditor('noise.sysd');
    const position = await typeInApiBlock(editor, 'language: ');
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', editor.document.uri, position);
    const names = ((list && list.items) || []).map(label);
    for (const word of ['10..80', '100M/day', 'audit', 'Completion']) assert.ok(!names.includes(word), `the word ${word} is offered after \`language: \``);
  });

  test('after `~>` queues and topics come first, then the worker', async () => {
    const editor = await openEditor('noise.sysd');
    const position = await typeAtEnd(editor, 'api ~> ');
    const { items } = await completionAt(editor.document, position, 'jobs');
    const key = (item) => item.sortText || label(item);
    const order = [...items].sort((a, b) => key(a).localeCompare(key(b))).map(label);
    assert.deepEqual(order.slice(0, 3), ['events', 'jobs', 'audit'], `targets in the order the editor shows them: ${order.join(', ')}`);
  });
});
