// The language client's options on every platform: which documents, which settings and files to sync, the crash policy.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type LanguageClientOptions } from 'vscode-languageclient';

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

export function clientOptions(output: vscode.LogOutputChannel): LanguageClientOptions {
  return {
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
}
