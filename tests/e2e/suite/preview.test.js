// API-level e2e tests of the diagram: the preview webview, its reported state, live updates, and export.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { activeExtension, openEditor, revertActiveEditor, waitFor, workspaceUri } = require('./helpers');
const { checkWellFormedSvg } = require('./svg');

// What checkout.sysd declares: components and groups, and its connections as "from->to".
const CHECKOUT_NODES = ['api', 'data', 'order-cache', 'orders', 'orders-db', 'web'];
const CHECKOUT_EDGES = ['api->orders', 'orders->order-cache', 'orders->orders-db', 'web->api'];

function sorted(list) {
  return [...list].sort();
}

/** The preview's last reported state once it shows `version` of the document (undefined until then). */
async function previewState(minVersion) {
  const state = await vscode.commands.executeCommand('sysd.preview.state');
  return state && Array.isArray(state.nodes) && state.version >= minVersion ? state : undefined;
}

function webviewTabs() {
  return vscode.window.tabGroups.all.flatMap((group) =>
    group.tabs.filter((tab) => tab.input instanceof vscode.TabInputWebview).map((tab) => ({ tab, column: group.viewColumn })));
}

suite('sysd preview and export (vscode API)', () => {
  suiteSetup(async () => {
    await activeExtension();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('sysd.openPreviewToSide shows the diagram beside the editor and follows edits', async () => {
    const editor = await openEditor('checkout.sysd');
    try {
      await vscode.commands.executeCommand('sysd.openPreviewToSide');
      const preview = await waitFor('a webview tab to open', () => webviewTabs()[0]);
      assert.notEqual(preview.column, editor.viewColumn, 'the preview should open beside the editor, not over it');

      const state = await waitFor('sysd.preview.state to report the rendered diagram', () => previewState(editor.document.version));
      assert.equal(vscode.Uri.parse(String(state.uri)).path, editor.document.uri.path, 'the preview should show checkout.sysd');
      assert.deepEqual(sorted(state.nodes), CHECKOUT_NODES, 'preview nodes');
      assert.deepEqual(sorted(state.edges), CHECKOUT_EDGES, 'preview edges');

      const edit = new vscode.WorkspaceEdit();
      edit.insert(editor.document.uri, new vscode.Position(editor.document.lineCount, 0), 'api -> orders-db\n');
      assert.ok(await vscode.workspace.applyEdit(edit), 'inserting a connection failed');
      const updated = await waitFor('the preview to show the new connection api->orders-db', async () => {
        const next = await previewState(editor.document.version);
        return next && next.edges.includes('api->orders-db') ? next : undefined;
      });
      assert.deepEqual(sorted(updated.edges), sorted([...CHECKOUT_EDGES, 'api->orders-db']), 'edges after the edit');
      assert.deepEqual(sorted(updated.nodes), CHECKOUT_NODES, 'nodes after the edit');
    } finally {
      await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
      await revertActiveEditor();
    }
  });

  test('a design over sysd.preview.maxNodes shows the size notice, and the diagram once the limit is raised', async () => {
    const config = () => vscode.workspace.getConfiguration('sysd.preview');
    const editor = await openEditor('checkout.sysd');
    try {
      await config().update('maxNodes', 3, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('sysd.openPreviewToSide');
      const noticed = await waitFor('the preview to show the size notice', async () => {
        const state = await previewState(editor.document.version);
        return state && state.notice ? state : undefined;
      });
      assert.match(noticed.notice, /^This design has 6 components and groups, more than the preview lays out interactively \(sysd\.preview\.maxNodes = 3\)/);
      assert.deepEqual(noticed.nodes, [], 'no diagram is drawn over the limit');
      await config().update('maxNodes', undefined, vscode.ConfigurationTarget.Workspace);
      const drawn = await waitFor('the diagram once the limit is back to its default', async () => {
        const state = await previewState(editor.document.version);
        return state && !state.notice && state.nodes.length > 0 ? state : undefined;
      });
      assert.deepEqual(sorted(drawn.nodes), CHECKOUT_NODES, 'preview nodes');
    } finally {
      await config().update('maxNodes', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('sysd.exportSvg writes the diagram as an SVG file', async () => {
    await openEditor('checkout.sysd');
    const target = workspaceUri('exports', 'checkout.svg');
    await vscode.commands.executeCommand('sysd.exportSvg', target);
    const bytes = await waitFor('the exported SVG file', () => vscode.workspace.fs.readFile(target), { timeout: 20_000 });
    const svg = Buffer.from(bytes).toString('utf8');
    checkWellFormedSvg(svg);
    for (const id of CHECKOUT_NODES) {
      assert.ok(svg.includes(`data-id="${id}"`), `the exported SVG has no node data-id="${id}"`);
    }
  });

  test('sysd.exportPng writes a PNG image', async () => {
    await openEditor('checkout.sysd');
    const target = workspaceUri('exports', 'checkout.png');
    await vscode.commands.executeCommand('sysd.exportPng', target);
    const bytes = await waitFor('the exported PNG file', () => vscode.workspace.fs.readFile(target), { timeout: 30_000 });
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    assert.deepEqual([...bytes.slice(0, 8)], signature, 'the file does not start with the PNG signature');
    assert.ok(bytes.length > 200, `the PNG is suspiciously small (${bytes.length} bytes)`);
  });
});
