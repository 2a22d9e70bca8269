// Starts the sysd language server over IPC and keeps it alive: restart on crash, restart on command.
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, TransportKind,
  type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';

const CRASH_WINDOW_MS = 3 * 60 * 1000;
const MAX_CRASHES_IN_WINDOW = 5;

/** Restarts after a crash unless it keeps crashing; then asks the user. */
function crashPolicy(output: vscode.LogOutputChannel): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0] > CRASH_WINDOW_MS) crashes.shift();
      if (crashes.length <= MAX_CRASHES_IN_WINDOW) {
        output.appendLine(`sysd language server stopped; restarting (${crashes.length} in the last 3 minutes).`);
        return { action: CloseAction.Restart };
      }
      void vscode.window.showErrorMessage('The sysd language server crashed 5 times in 3 minutes.', 'Restart').then((choice) => {
        if (choice === 'Restart') void vscode.commands.executeCommand('sysd.restartServer');
      });
      return { action: CloseAction.DoNotRestart, message: 'sysd language server stopped after repeated crashes; see the "sysd" output.' };
    },
  };
}

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'sysd' }],
    synchronize: {
      configurationSection: 'sysd',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.sysd'),
        vscode.workspace.createFileSystemWatcher('**/sysd.config.json'),
      ],
    },
    outputChannel: output,
    errorHandler: crashPolicy(output),
  };
  return new LanguageClient('sysd', 'sysd Language Server', serverOptions, clientOptions);
}
