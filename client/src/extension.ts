// The sysd extension on the desktop: the language server in a node process, the layout in a worker_thread.
import * as vscode from 'vscode';
import { activateOn, deactivateClient, type SysdExports } from './activate';
import { createLanguageClient } from './languageClient';
import { nodeLayoutWorker } from './preview/nodeLayoutWorker';
import { registerTasks } from './tasks';

export function activate(context: vscode.ExtensionContext): SysdExports {
  const exports = activateOn({
    createClient: createLanguageClient,
    spawnLayout: (ctx) => nodeLayoutWorker(vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'web', 'layoutWorker.js').fsPath),
  }, context);
  // The sysd task runs the bundled CLI on the editor's node: there is none in the browser.
  registerTasks(context);
  return exports;
}

export const deactivate = deactivateClient;
