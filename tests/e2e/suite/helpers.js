// Shared helpers of the API suite: opening workspace files, polling with a deadline, reading diagnostics.
const assert = require('node:assert/strict');
const vscode = require('vscode');

const EXTENSION_ID = 'sysd.sysd';

/** The URI of a file in the opened workspace copy (the harness copies tests/e2e/workspace to a temp folder). */
function workspaceUri(...segments) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert.ok(folder, 'no workspace folder is open: the harness must open tests/e2e/workspace');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Opens a workspace file in an editor (column one) and returns that editor. */
async function openEditor(name) {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
}

/**
 * Polls `probe` until it returns a truthy value and returns that value. On the deadline it fails with `what`
 * and the last value seen, so a failure says what was expected and what the editor actually had.
 */
async function waitFor(what, probe, { timeout = 20_000, interval = 200 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (last) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `last error: ${lastError.message}` : `last value: ${describe(last)}`;
      throw new assert.AssertionError({ message: `timed out after ${timeout / 1000}s waiting for ${what} (${seen})` });
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

function describe(value) {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 400 ? `${text.slice(0, 400)}…` : text;
  } catch {
    return String(value);
  }
}

/** A diagnostic's code as a plain string (LSP codes may come as { value, target } when they link to docs). */
function codeOf(diagnostic) {
  const code = diagnostic.code;
  return code !== null && typeof code === 'object' ? String(code.value) : code === undefined ? '' : String(code);
}

/** sysd's diagnostics for a file, in a compact form that reads well in failure messages. */
function sysdDiagnostics(uri) {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'sysd')
    .map((d) => ({ code: codeOf(d), line: d.range.start.line, severity: d.severity, message: d.message, range: d.range, diagnostic: d }));
}

/** The zero-based position of the first occurrence of `text` in the document (plus `offset` characters). */
function positionOf(doc, text, offset = 0) {
  const index = doc.getText().indexOf(text);
  assert.ok(index >= 0, `"${text}" not found in ${doc.uri.path}`);
  return doc.positionAt(index + offset);
}

/** Makes sure the sysd extension is present and active, and returns it. */
async function activeExtension() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  await extension.activate();
  return extension;
}

/** Throws away unsaved edits of the active editor so one test's edits never leak into the next. */
async function revertActiveEditor() {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** Plain-text content of hover results (MarkdownString, MarkedString or string). */
function hoverText(hovers) {
  return (hovers || [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Plain labels of completion items (labels may be strings or CompletionItemLabel objects). */
function completionLabels(list) {
  const items = Array.isArray(list) ? list : (list && list.items) || [];
  return items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

module.exports = {
  EXTENSION_ID, activeExtension, codeOf, completionLabels, hoverText, openEditor, positionOf,
  revertActiveEditor, sysdDiagnostics, waitFor, workspaceUri,
};
