// Starts the desktop's sysd language server: a node process over IPC (clientOptions.ts restarts it on a crash).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions } from './clientOptions';
import { serveWorkspaceFiles } from './workspaceFiles';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const client = new LanguageClient('sysd', 'sysd Language Server', serverOptions, clientOptions(output));
  // Files of a virtual workspace (no file: URI) are not on this machine's disk: the server asks for them here.
  serveWorkspaceFiles(client);
  return client;
}
