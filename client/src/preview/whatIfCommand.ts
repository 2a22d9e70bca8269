// The "What if this fails?" commands: from a code lens or code action (ID, uri), the preview's context menu (its
// data-vscode-context), or the palette (a quick pick of the design's components and groups); and the SPOF toggle.
import * as vscode from 'vscode';
import type { Preview } from './preview';

/** The element the preview's context menu was opened on: VS Code passes the `data-vscode-context` of the click. */
function contextMenuElement(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const id = (value as { sysdElement?: unknown }).sysdElement;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

function designOf(preview: Preview): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'sysd') return editor.document.uri;
  const shown = preview.uri;
  return shown ? vscode.Uri.parse(shown) : undefined;
}

async function pickElement(preview: Preview, uri: vscode.Uri): Promise<string | undefined> {
  const elements = await preview.elementsOf(uri);
  if (!elements || elements.length === 0) {
    void vscode.window.showInformationMessage('This design has no component or group to fail.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    elements.map((e) => ({ label: e.id, description: e.label === e.id ? e.kind : `${e.kind} · ${e.label}` })),
    { title: 'What if this fails?', placeHolder: 'The component or group that fails', matchOnDescription: true },
  );
  return picked?.label;
}

async function whatIfFails(preview: Preview, first?: unknown, second?: unknown): Promise<void> {
  const fromMenu = contextMenuElement(first);
  if (fromMenu) {
    const shown = preview.uri;
    if (shown) await preview.showFailure(vscode.Uri.parse(shown), [fromMenu]);
    return;
  }
  const uri = typeof second === 'string' ? vscode.Uri.parse(second) : second instanceof vscode.Uri ? second : designOf(preview);
  if (!uri) {
    void vscode.window.showInformationMessage('Open a .sysd file to see what fails with one of its components.');
    return;
  }
  const id = typeof first === 'string' ? first : await pickElement(preview, uri);
  if (id) await preview.showFailure(uri, [id]);
}

export function registerWhatIf(context: vscode.ExtensionContext, preview: Preview): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sysd.whatIfFails', (first?: unknown, second?: unknown) => whatIfFails(preview, first, second)),
    vscode.commands.registerCommand('sysd.preview.toggleSinglePoints', async () => {
      const uri = designOf(preview);
      if (!preview.uri && uri) await preview.open(uri, true);
      await preview.ready;
      await preview.toggleSinglePoints();
    }),
  );
}
