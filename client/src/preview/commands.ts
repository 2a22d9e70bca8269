// Registers the preview: its commands, the panel serializer that restores it after a reload, and export.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { SpawnLayoutWorker } from './layoutClient';
import { Preview, VIEW_TYPE } from './preview';
import { choiceSchema } from './selectionState';
import { registerWhatIf } from './whatIfCommand';

/** The .sysd document a command is about: the active editor's, else the one the preview shows. */
function targetDocument(preview: Preview, explicit?: vscode.Uri): vscode.Uri | undefined {
  if (explicit instanceof vscode.Uri) return explicit;
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'sysd') return editor.document.uri;
  const shown = preview.lastState()?.uri;
  if (shown) return vscode.Uri.parse(shown);
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'sysd')?.document.uri;
}

const isDesign = (value: unknown): value is vscode.Uri => value instanceof vscode.Uri && /\.sysd$/i.test(value.path);

/**
 * Export's arguments: `(destination?)` from the palette and the API, or `(design, selection)` from a context menu,
 * which passes the file clicked (never the destination: that would overwrite the design).
 */
function exportTo(preview: Preview, format: 'svg' | 'png', first: unknown, second?: unknown): Promise<vscode.Uri | undefined> {
  if (isDesign(first)) return exportDesign(preview, format, first, Array.isArray(second) ? undefined : second);
  return exportDesign(preview, format, targetDocument(preview), first);
}

async function exportDesign(preview: Preview, format: 'svg' | 'png', source: vscode.Uri | undefined, target: unknown): Promise<vscode.Uri | undefined> {
  if (!source) {
    void vscode.window.showWarningMessage('Open a .sysd file to export its diagram.');
    return undefined;
  }
  let destination = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.file(target) : undefined;
  if (!destination) {
    const defaultUri = source.with({ path: source.path.replace(/\.sysd$/i, '') + `.${format}` });
    destination = await vscode.window.showSaveDialog({
      defaultUri, title: `Export diagram as ${format.toUpperCase()}`,
      filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
    });
    if (!destination) return undefined;
  }
  try {
    await vscode.workspace.openTextDocument(source);
    const bytes = format === 'svg'
      ? new TextEncoder().encode((await preview.exportSvg(source)).svg)
      : await preview.exportPng(source);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(destination, '..'));
    await vscode.workspace.fs.writeFile(destination, bytes);
    if (!(target instanceof vscode.Uri)) void vscode.window.setStatusBarMessage(`sysd: exported ${destination.fsPath}`, 4000);
    return destination;
  } catch (error) {
    void vscode.window.showErrorMessage(`sysd: could not export the diagram: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export function registerPreview(context: vscode.ExtensionContext, client: BaseLanguageClient, spawnLayout: SpawnLayoutWorker, output?: vscode.LogOutputChannel): Preview {
  const preview = new Preview(context, client, spawnLayout, output);
  const open = (toSide: boolean) => async (uri?: vscode.Uri) => {
    const target = targetDocument(preview, uri);
    if (!target) {
      void vscode.window.showInformationMessage('Open a .sysd file to preview its diagram.');
      return;
    }
    await preview.open(target, toSide);
  };
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand('sysd.openPreviewToSide', open(true)),
    vscode.commands.registerCommand('sysd.openPreview', open(false)),
    vscode.commands.registerCommand('sysd.exportSvg', (first?: unknown, second?: unknown) => exportTo(preview, 'svg', first, second)),
    vscode.commands.registerCommand('sysd.exportPng', (first?: unknown, second?: unknown) => exportTo(preview, 'png', first, second)),
    vscode.commands.registerCommand('sysd.preview.toggleLock', () => preview.toggleLock()),
    vscode.commands.registerCommand('sysd.showInPreview', async (uri: unknown, id: unknown) => {
      if (typeof uri !== 'string' || typeof id !== 'string') return;
      await preview.showElement(vscode.Uri.parse(uri), id);
    }),
    vscode.commands.registerCommand('sysd.showChoiceInPreview', async (uri: unknown, kind: unknown, id: unknown) => {
      const choice = choiceSchema.safeParse({ kind, id });
      if (typeof uri !== 'string' || !choice.success) return;
      await preview.showChoice(vscode.Uri.parse(uri), choice.data);
    }),
    vscode.commands.registerCommand('sysd.preview.state', () => preview.lastState()),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const uri = state && typeof state === 'object' && typeof (state as { uri?: unknown }).uri === 'string' ? (state as { uri: string }).uri : undefined;
        preview.adopt(panel, uri ?? targetDocument(preview)?.toString());
      },
    }),
  );
  registerWhatIf(context, preview);
  return preview;
}
