// The sysd extension: starts the language client and registers the commands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import { registerPreview } from './preview/commands';
import { registerLanguageStatus } from './status';
import { registerTasks } from './tasks';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('sysd', { log: true });
  context.subscriptions.push(output);
  client = createLanguageClient(context, output);
  registerPreview(context, client, output);
  registerTasks(context);
  registerLanguageStatus(context, client, output);

  context.subscriptions.push(
    vscode.commands.registerCommand('sysd.restartServer', async () => {
      output.info('Restarting the sysd language server.');
      await client?.restart();
    }),
  );

  // Activation returns at once; the server starts in the background (requests made meanwhile wait for it).
  client.start().catch((error: unknown) => output.error(`The sysd language server did not start: ${error instanceof Error ? error.message : String(error)}`));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
