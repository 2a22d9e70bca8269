// API-level e2e tests of getting started: "New Design from Template" and the walkthrough the extension contributes.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { activeExtension, hoverText, positionOf, sysdDiagnostics, waitFor } = require('./helpers');

/** Closes the untitled template without a save prompt. */
async function discardActiveEditor() {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

suite('sysd getting started (vscode API)', () => {
  test('New Design from Template opens the URL shortener as an unsaved sysd document the server reviews', async () => {
    const extension = await activeExtension();
    const expected = fs.readFileSync(path.join(extension.extensionPath, 'dist/templates/url-shortener.sysd'), 'utf8');
    assert.match(expected, /^design "URL Shortener"$/m);
    const editor = await vscode.commands.executeCommand('sysd.newFromTemplate', 'url-shortener');
    try {
      assert.ok(editor, 'the command returned no editor');
      const document = vscode.window.activeTextEditor.document;
      assert.equal(document, editor.document, 'the template is not the active editor');
      assert.equal(document.uri.scheme, 'untitled', 'the template should open as a new, unsaved document');
      // Named after its template in the workspace folder, where Save proposes it, and never over an existing file
      // (the workspace already has a url-shortener.sysd, so this one is url-shortener-2.sysd).
      const folder = vscode.workspace.workspaceFolders[0].uri;
      assert.equal(path.dirname(document.uri.path), folder.path, 'Save proposes the workspace folder');
      const taken = fs.existsSync(path.join(folder.fsPath, 'url-shortener.sysd'));
      assert.equal(path.basename(document.uri.path), taken ? 'url-shortener-2.sysd' : 'url-shortener.sysd');
      assert.equal(document.languageId, 'sysd');
      assert.equal(document.getText(), expected);
      // The language server works on the unsaved document: a number's hover is worked out, and the design is clean.
      const number = positionOf(document, '100M/day', 1);
      const hover = await waitFor('a hover on `100M/day` with its rate per second', async () => {
        const text = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, number));
        return /1,157/.test(text) ? text : undefined;
      }, { timeout: 45_000 });
      assert.match(hover, /\/s/);
      assert.deepEqual(sysdDiagnostics(document.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning), []);

      await vscode.commands.executeCommand('sysd.hoverNumber');
      const cursor = vscode.window.activeTextEditor.selection.active;
      assert.deepEqual([cursor.line, cursor.character], [positionOf(document, '10M').line, positionOf(document, '10M').character],
        'the walkthrough\'s hover step puts the cursor on the first number of the scale block (`dau: 10M`)');
    } finally {
      await discardActiveEditor();
    }
  });

  test('every template opens with its file\'s text, and an unknown template id opens nothing', async () => {
    const extension = await activeExtension();
    const folder = path.join(extension.extensionPath, 'dist/templates');
    const ids = fs.readdirSync(folder).map((name) => name.replace(/\.sysd$/, '')).sort();
    assert.deepEqual(ids, ['blank', 'chat-system', 'news-feed', 'ride-hailing', 'url-shortener']);
    for (const id of ids) {
      const editor = await vscode.commands.executeCommand('sysd.newFromTemplate', id);
      try {
        assert.equal(editor.document.getText(), fs.readFileSync(path.join(folder, `${id}.sysd`), 'utf8'), id);
        assert.equal(editor.document.languageId, 'sysd', id);
      } finally {
        await discardActiveEditor();
      }
    }
    const before = vscode.workspace.textDocuments.length;
    assert.equal(await vscode.commands.executeCommand('sysd.newFromTemplate', 'no-such-template'), undefined);
    assert.equal(vscode.workspace.textDocuments.length, before, 'an unknown template opened a document');
  });

  test('the getting-started walkthrough has five steps whose pages ship and whose buttons are commands', async () => {
    const extension = await activeExtension();
    const walkthroughs = extension.packageJSON.contributes.walkthroughs;
    assert.equal(walkthroughs.length, 1);
    const [walkthrough] = walkthroughs;
    assert.equal(walkthrough.id, 'sysd.gettingStarted');
    assert.deepEqual(walkthrough.steps.map((s) => s.title), [
      'Create a design from a template', 'Hover a number', 'Open the preview', 'Apply a quick fix', 'Export the diagram',
    ]);
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of walkthrough.steps) {
      const page = path.join(extension.extensionPath, step.media.markdown);
      assert.ok(fs.existsSync(page) && fs.statSync(page).size > 200, `step ${step.id}: no page ${step.media.markdown} in the .vsix`);
      const buttons = [...step.description.matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]);
      assert.equal(buttons.length, 1, `step ${step.id} has one button`);
      assert.ok(commands.has(buttons[0]), `step ${step.id}'s button runs ${buttons[0]}, which no extension registered`);
      assert.ok(step.completionEvents.length > 0, `step ${step.id} never completes`);
      for (const event of step.completionEvents) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        assert.ok(command && commands.has(command), `step ${step.id} completes on ${event}, which is no registered command`);
      }
    }
    // "sysd: Get Started" opens it on the Welcome page (the UI checks read the page itself).
    await vscode.commands.executeCommand('sysd.gettingStarted');
    // (The extension host sees the Welcome page's tab, not which walkthrough it shows: its label can lag behind.)
    const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const tab = await waitFor(`a walkthrough's tab (open tabs: ${tabs().map((t) => t.label).join(', ')})`, () =>
      tabs().find((t) => /^Walkthrough: /.test(t.label)));
    await vscode.window.tabGroups.close(tab);
  });
});
