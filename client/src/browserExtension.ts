// The sysd extension in vscode.dev / github.dev: the language server and the layout in web workers, files read with workspace.fs.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateOn, deactivateClient } from './activate';
import { clientOptions } from './clientOptions';
import { webLayoutWorker } from './preview/webLayoutWorker';
import { serveWorkspaceFiles } from './workspaceFiles';

/** The web extension host's Worker (the project's type-check has no DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[2];

function createBrowserClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const client = new LanguageClient('sysd', 'sysd Language Server', new Worker(serverMain.toString(true)), clientOptions(output));
  // The server in the worker has no file system: it asks for imported files and sysd.config.json here.
  serveWorkspaceFiles(client);
  return client;
}

export function activate(context: vscode.ExtensionContext): void {
  activateOn({
    createClient: createBrowserClient,
    spawnLayout: (ctx) => webLayoutWorker(vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'web', 'layoutWorker.js').toString(true)),
  }, context);
}

export const deactivate = deactivateClient;
