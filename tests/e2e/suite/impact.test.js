// API-level e2e tests of "What if this fails?": the code lens and command, the preview's failure overlay and SPOF marks.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { activeExtension, openEditor, positionOf, waitFor } = require('./helpers');

/** The overlay the preview last reported drawing (read back from the webview's DOM), once `accept` holds. */
async function overlayShown(what, accept) {
  return waitFor(what, async () => {
    const state = await vscode.commands.executeCommand('sysd.preview.state');
    return state && state.overlay && accept(state.overlay) ? state.overlay : undefined;
  }, { timeout: 30_000 });
}

suite('sysd what if it fails (vscode API)', () => {
  suiteSetup(async () => {
    await activeExtension();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the load balancer\'s code lens runs "What if this fails?": the preview greys the rest of the request path', async () => {
    const editor = await openEditor('url-shortener.sysd');
    const uri = editor.document.uri;
    const lenses = await waitFor('the what-if code lenses', async () => {
      const all = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri);
      const found = (all || []).filter((lens) => lens.command && lens.command.command === 'sysd.whatIfFails');
      return found.length > 0 ? found : undefined;
    });
    const lb = lenses.find((lens) => lens.command.arguments[0] === 'lb');
    assert.ok(lb, `no lens for lb among ${lenses.map((l) => l.command.arguments[0]).join(', ')}`);
    assert.equal(lb.range.start.line, positionOf(editor.document, 'loadbalancer lb').line, 'the lens sits on the load balancer');

    await vscode.commands.executeCommand(lb.command.command, ...lb.command.arguments);
    const overlay = await overlayShown('the failure overlay of lb', (o) => o.failed.includes('lb'));
    assert.deepEqual(overlay.failed, ['lb']);
    // The picture is the whole design, or an overview of its outer groups: either way what is behind lb is greyed.
    const greyed = overlay.unreachable;
    assert.ok(greyed.includes('redirector') || greyed.includes('backend'), `nothing behind lb is greyed: [${greyed.join(', ')}]`);
    for (const reachable of ['edge', 'web', 'mobile']) assert.ok(!greyed.includes(reachable), `${reachable} is still reachable but greyed`);
    assert.ok(overlay.cut >= 3, `only ${overlay.cut} edges are drawn cut`);
    assert.match(overlay.failure, /If lb fails/);
    assert.match(overlay.failure, /web loses 9 components/);
    assert.match(overlay.failure, /Back to the design/);
  });

  test('"Single points of failure" marks the local cache with a badge and lists the clients it cuts off (the CDN is managed)', async () => {
    const editor = await openEditor('url-shortener.sysd');
    await vscode.commands.executeCommand('sysd.openPreviewToSide');
    await vscode.commands.executeCommand('sysd.preview.toggleSinglePoints');
    const overlay = await overlayShown('the single-point-of-failure badges', (o) => o.spof.length > 0);
    // hot-urls sits in the data tier: drawn itself, or its collapsed group carries the badge.
    assert.ok(!overlay.spof.includes('edge'), `a SPOF badge on the managed CDN: [${overlay.spof.join(', ')}]`);
    assert.ok(overlay.spof.includes('hot-urls') || overlay.spof.includes('backend'), `no SPOF badge on hot-urls: [${overlay.spof.join(', ')}]`);
    assert.match(overlay.spofList, /1 single point of failure/);
    assert.match(overlay.spofList, /hot-urls cuts off mobile, web/);
    await vscode.commands.executeCommand('sysd.preview.toggleSinglePoints');
    await waitFor('the badges to go when the toggle is off', async () => {
      const state = await vscode.commands.executeCommand('sysd.preview.state');
      return state && (!state.overlay || state.overlay.spof.length === 0);
    });
    assert.equal(editor.document.isDirty, false);
  });
});
