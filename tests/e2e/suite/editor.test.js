// API-level e2e tests of the editor conventions: the sysd task and its problem matcher, preview locking, and the
// commands the explorer and editor-title context menus run on the file clicked.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');
const { activeExtension, codeOf, openEditor, waitFor, workspaceUri } = require('./helpers');
const { checkWellFormedSvg } = require('./svg');

function previewTabs() {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs.filter((tab) => tab.input instanceof vscode.TabInputWebview));
}

suite('sysd tasks, preview locking and context-menu commands (vscode API)', () => {
  suiteSetup(async () => {
    await activeExtension();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the task "sysd: check" runs the bundled CLI on the folder and its findings become problems through $sysd', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'sysd' });
    const folder = vscode.workspace.workspaceFolders[0];
    const check = tasks.find((task) => task.name === 'check' && task.source === 'sysd' && task.scope && task.scope.uri && task.scope.uri.toString() === folder.uri.toString());
    assert.ok(check, `no "sysd: check" task for the folder; provided: ${tasks.map((t) => `${t.source}: ${t.name}`).join(', ')}`);
    assert.deepEqual(check.problemMatchers, ['$sysd']);
    const ended = new Promise((resolve) => {
      const listener = vscode.tasks.onDidEndTaskProcess((event) => {
        if (event.execution.task.definition.type === 'sysd') {
          listener.dispose();
          resolve(event.exitCode);
        }
      });
    });
    await vscode.tasks.executeTask(check);
    assert.equal(await ended, 1, 'sysd check exits 1: broken.sysd has errors');
    // broken.sysd is not opened by this test: these problems come from the task's output, not the language server.
    const broken = workspaceUri('broken.sysd');
    const problems = await waitFor('problems from the task on broken.sysd', () => {
      const fromTask = vscode.languages.getDiagnostics(broken).filter((d) => d.source === 'sysd check');
      return fromTask.some((d) => codeOf(d) === 'unknown-property') ? fromTask : undefined;
    });
    const colour = problems.find((d) => codeOf(d) === 'unknown-property');
    assert.equal(colour.severity, vscode.DiagnosticSeverity.Error);
    const line = fs.readFileSync(broken.fsPath, 'utf8').split('\n').findIndex((l) => l.includes('colour'));
    assert.equal(colour.range.start.line, line, 'the problem is on the line of `colour`');
    assert.equal(colour.range.start.character, fs.readFileSync(broken.fsPath, 'utf8').split('\n')[line].indexOf('colour'));
    await waitFor('the warning of sessions.sysd as a Warning problem from the task', () => vscode.languages.getDiagnostics(workspaceUri('sessions.sysd'))
      .some((d) => d.source === 'sysd check' && codeOf(d) === 'cache-without-expiry' && d.severity === vscode.DiagnosticSeverity.Warning));
  });

  test('Toggle Preview Locking keeps the preview on its design, titled "[Preview] name", and unlocking follows the editor again', async () => {
    await openEditor('checkout.sysd');
    await vscode.commands.executeCommand('sysd.openPreviewToSide');
    const label = (text) => waitFor(`a preview tab titled "${text}"`, () => previewTabs().find((tab) => tab.label === text));
    await label('Preview checkout.sysd');
    await waitFor('the preview to draw checkout.sysd', async () => {
      const state = await vscode.commands.executeCommand('sysd.preview.state');
      return state && state.uri.endsWith('/checkout.sysd');
    });
    await vscode.commands.executeCommand('sysd.preview.toggleLock');
    await label('[Preview] checkout.sysd');
    await openEditor('sessions.sysd');
    // The unlocked preview would switch within a redraw; give it several before concluding it stayed.
    const until = Date.now() + 2_000;
    while (Date.now() < until) {
      const state = await vscode.commands.executeCommand('sysd.preview.state');
      assert.ok(state && state.uri.endsWith('/checkout.sysd'), `the locked preview switched to ${state && state.uri}`);
      assert.ok(previewTabs().some((tab) => tab.label === '[Preview] checkout.sysd'), `tabs: ${previewTabs().map((t) => t.label)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await vscode.commands.executeCommand('sysd.preview.toggleLock');
    await label('Preview sessions.sysd');
    await waitFor('the unlocked preview to draw sessions.sysd', async () => {
      const state = await vscode.commands.executeCommand('sysd.preview.state');
      return state && state.uri.endsWith('/sessions.sysd');
    });
  });

  test('export from a context menu takes the design clicked, and never writes over it', async () => {
    const design = workspaceUri('checkout.sysd');
    const before = fs.readFileSync(design.fsPath, 'utf8');
    const target = workspaceUri('context-export.svg');
    // A context menu passes (the file clicked, the selection); the API may add where to write.
    await vscode.commands.executeCommand('sysd.exportSvg', design, target);
    checkWellFormedSvg(fs.readFileSync(target.fsPath, 'utf8'));
    assert.equal(fs.readFileSync(design.fsPath, 'utf8'), before, 'the design is unchanged');
    fs.rmSync(target.fsPath, { force: true });
  });
});
