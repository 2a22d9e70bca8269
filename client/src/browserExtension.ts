// The sysd extension in vscode.dev / github.dev: the language server and the layout in web workers, files read with workspace.fs.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateOn, deactivateClient, type SysdExports } from './activate';
import { clientOptions } from './clientOptions';
import { webLayoutWorker } from './preview/webLayoutWorker';
import { workerScriptUrl } from './workerScript';
import { serveWorkspaceFiles } from './workspaceFiles';

/** The web extension host's Worker (the project's type-check has no DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof BrowserMessageReader>[0];

function createBrowserClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // Transports, not the Worker itself: the extension host wraps Worker, so the client's `instanceof Worker` check fails.
  const start = async (): Promise<MessageTransports> => {
    const worker = new Worker(await workerScriptUrl(serverMain));
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  const client = new LanguageClient('sysd', 'sysd Language Server', start, clientOptions(output));
  // The server in the worker has no file system: it asks for imported files and sysd.config.json here.
  serveWorkspaceFiles(client);
  return client;
}

export function activate(context: vscode.ExtensionContext): SysdExports {
  return activateOn({
    createClient: createBrowserClient,
    spawnLayout: (ctx) => webLayoutWorker(workerScriptUrl(vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'web', 'layoutWorker.js'))),
  }, context);
}

export const deactivate = deactivateClient;
