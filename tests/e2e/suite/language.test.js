// API-level e2e tests of the language features: the packaged extension, diagnostics, hover, completion, quick fix.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');
const {
  activeExtension, codeOf, completionLabels, hoverText, openEditor, positionOf, revertActiveEditor, sysdDiagnostics,
  waitFor,
} = require('./helpers');

suite('sysd language features (vscode API)', () => {
  test('the extension is installed and .sysd files get the sysd language', async () => {
    const extension = await activeExtension();
    if (process.env.SYSD_E2E_VSIX) {
      // Under the code-server harness the extension must come from the installed .vsix, not the source tree.
      const extensionsDir = process.env.SYSD_E2E_VSIX;
      assert.ok(
        path.resolve(extension.extensionPath).startsWith(path.resolve(extensionsDir) + path.sep),
        `sysd was loaded from ${extension.extensionPath}, expected the installed .vsix under ${extensionsDir}`,
      );
    }
    const editor = await openEditor('checkout.sysd');
    assert.equal(editor.document.languageId, 'sysd');
  });

  test('a broken design gets a syntax error and an unknown-property error from the server', async () => {
    const editor = await openEditor('broken.sysd');
    const uri = editor.document.uri;
    const danglingArrowLine = positionOf(editor.document, 'api ->\n').line;
    const found = await waitFor('a syntax error on the dangling arrow and an unknown-property error for `colour`', () => {
      const diagnostics = sysdDiagnostics(uri);
      const syntax = diagnostics.find(
        (d) => d.severity === vscode.DiagnosticSeverity.Error && (d.line === danglingArrowLine || d.line === danglingArrowLine + 1),
      );
      const unknown = diagnostics.find((d) => d.code === 'unknown-property');
      return syntax && unknown && { syntax, unknown, diagnostics };
    }, { timeout: 45_000 }); // the first test to need the server also waits for it to start
    const colour = positionOf(editor.document, 'colour');
    assert.equal(found.unknown.severity, vscode.DiagnosticSeverity.Error, 'unknown-property should be an error');
    assert.ok(found.unknown.range.contains(colour), `unknown-property should cover \`colour\`, got line ${found.unknown.line}`);
    assert.match(found.unknown.message, /colour/, 'the message should name the unknown property');
  });

  test('hover on a component kind keyword explains the kind from the guide', async () => {
    const editor = await openEditor('sessions.sysd');
    const onKeyword = positionOf(editor.document, 'cache sessions', 2);
    const text = await waitFor('a hover on `cache` that mentions cache-aside', async () => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, onKeyword);
      const joined = hoverText(hovers);
      return /cache-aside/i.test(joined) ? joined : undefined;
    }, { timeout: 20_000 });
    assert.match(text, /cache/i);
  });

  test('completion inside a cache block offers cache properties, not other kinds\' ones', async () => {
    const editor = await openEditor('completion.sysd');
    // the empty line inside `cache hot { ... }`
    const blankLine = positionOf(editor.document, 'eviction: lru\n').line + 1;
    const position = new vscode.Position(blankLine, 2);
    const labels = await waitFor('completion items including `ttl`', async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', editor.document.uri, position);
      const got = completionLabels(list);
      return got.includes('ttl') ? got : undefined;
    }, { timeout: 20_000 });
    assert.ok(labels.includes('pattern'), `cache's \`pattern\` should be offered too, got ${labels.join(', ')}`);
    assert.ok(!labels.includes('partitions'), `a queue property (partitions) should not be offered in a cache, got ${labels.join(', ')}`);
  });

  test('cache-without-expiry has a quick fix that removes the warning', async () => {
    const editor = await openEditor('sessions.sysd');
    const uri = editor.document.uri;
    try {
      const finding = await waitFor('the cache-without-expiry warning', () =>
        sysdDiagnostics(uri).find((d) => d.code === 'cache-without-expiry'));
      assert.equal(finding.severity, vscode.DiagnosticSeverity.Warning);
      assert.ok(finding.range.contains(positionOf(editor.document, 'sessions "')), 'the warning should be on the cache id');

      const actions = await vscode.commands.executeCommand(
        'vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value);
      // the fix for this finding: tied to it through `diagnostics`, or (when a client drops that link) named after it
      const fixes = (actions || []).filter((a) => a.edit && (!a.kind || vscode.CodeActionKind.QuickFix.contains(a.kind)));
      const fix = fixes.find((a) => (a.diagnostics || []).some((d) => codeOf(d) === 'cache-without-expiry')) ||
        fixes.find((a) => /ttl|expir/i.test(a.title));
      assert.ok(fix, `no quick fix with an edit for cache-without-expiry; actions: ${JSON.stringify((actions || []).map((a) => a.title))}`);

      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit did not apply');
      await waitFor('cache-without-expiry to disappear after the quick fix', () =>
        !sysdDiagnostics(uri).some((d) => d.code === 'cache-without-expiry'));
      const text = editor.document.getText();
      assert.match(text, /ttl:\s*1h/, 'the fix should add `ttl: 1h`');
      const errors = sysdDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      assert.deepEqual(errors.map((d) => d.message), [], 'the fixed design should have no errors');
    } finally {
      await revertActiveEditor();
    }
  });

  test('sysd.restartServer brings diagnostics back', async () => {
    const editor = await openEditor('broken.sysd');
    await vscode.commands.executeCommand('sysd.restartServer');
    await waitFor('unknown-property again after the restart', () =>
      sysdDiagnostics(editor.document.uri).some((d) => d.code === 'unknown-property'));
    assert.equal(editor.document.languageId, 'sysd');
  });
});

