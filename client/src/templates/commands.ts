// "sysd: New Design from Template" and the getting-started walkthrough's helper command.
import * as vscode from 'vscode';
import { describeTemplate, sortTemplates, TEMPLATES_FOLDER, type Template } from './catalog';

/** The walkthrough's id in package.json (`contributes.walkthroughs`), as `workbench.action.openWalkthrough` names it. */
export const WALKTHROUGH = 'sysd.sysd#sysd.gettingStarted';

async function readTemplates(extensionUri: vscode.Uri): Promise<Template[]> {
  const folder = vscode.Uri.joinPath(extensionUri, TEMPLATES_FOLDER);
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const decoder = new TextDecoder();
  const templates = await Promise.all(entries
    .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.sysd'))
    .map(async ([name]) => describeTemplate(name, decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))))));
  return sortTemplates(templates);
}

/**
 * Opens the template as a new untitled sysd document (saved wherever the user likes, like any new file). `id` picks a
 * template without the Quick Pick, for the walkthrough's links and for scripts.
 */
async function newFromTemplate(extensionUri: vscode.Uri, id?: unknown): Promise<vscode.TextEditor | undefined> {
  const templates = await readTemplates(extensionUri);
  let chosen = typeof id === 'string' ? templates.find((t) => t.id === id) : undefined;
  if (typeof id === 'string' && !chosen) {
    void vscode.window.showErrorMessage(`sysd: no template '${id}'. There are: ${templates.map((t) => t.id).join(', ')}.`);
    return undefined;
  }
  if (!chosen) {
    const picked = await vscode.window.showQuickPick(
      templates.map((template) => ({ label: template.label, detail: template.detail, template })),
      { title: 'New Design from Template', placeHolder: 'Start from a classic system-design problem or a blank outline', matchOnDetail: true },
    );
    chosen = picked?.template;
  }
  if (!chosen) return undefined;
  const untitled = await untitledUri(chosen.id);
  if (!untitled) {
    const document = await vscode.workspace.openTextDocument({ language: 'sysd', content: chosen.text });
    return vscode.window.showTextDocument(document, { preview: false });
  }
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(untitled), { preview: false });
  await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), chosen.text));
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

/**
 * An unsaved document named after the template in the first workspace folder (`url-shortener.sysd`, then
 * `url-shortener-2.sysd` …), so its tab says what it is and Save proposes that file. Without a folder, undefined:
 * the document is then a plain "Untitled-N".
 */
async function untitledUri(id: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
  const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);
  for (let n = 1; n < 100; n++) {
    const file = vscode.Uri.joinPath(folder.uri, `${id}${n === 1 ? '' : `-${n}`}.sysd`);
    if (!open.has(file.path) && !(await exists(file))) return file.with({ scheme: 'untitled' });
  }
  return undefined;
}

/** A quantity after a property name (`writes: 100M/day`): the walkthrough's "hover a number" step points at the first. */
const QUANTITY = /:\s*(\d[\d_.]*[A-Za-z%/]*)/;

/** Puts the cursor on the first number of the open design and shows its hover (the walkthrough's second step). */
async function hoverNumber(): Promise<void> {
  const editor = vscode.window.activeTextEditor?.document.languageId === 'sysd'
    ? vscode.window.activeTextEditor
    : vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'sysd');
  if (!editor) {
    void vscode.window.showInformationMessage('Open a .sysd design first: "sysd: New Design from Template" makes one.');
    return;
  }
  const text = editor.document.getText();
  const scaleAt = Math.max(0, text.search(/^\s*scale\s*\{/m));
  const match = QUANTITY.exec(text.slice(scaleAt));
  if (!match) {
    void vscode.window.showInformationMessage('This design has no numbers yet: add a scale block (dau, writes, peak_factor…).');
    return;
  }
  const offset = scaleAt + match.index + match[0].length - match[1].length;
  const position = editor.document.positionAt(offset);
  const shown = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  shown.selection = new vscode.Selection(position, position);
  shown.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.commands.executeCommand('editor.action.showHover');
}

export function registerTemplates(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sysd.newFromTemplate', (id?: unknown) => newFromTemplate(context.extensionUri, id)),
    vscode.commands.registerCommand('sysd.hoverNumber', hoverNumber),
    vscode.commands.registerCommand('sysd.gettingStarted', () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false)),
  );
}
