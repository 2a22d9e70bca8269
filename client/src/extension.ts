// The sysd extension: starts the language client and registers the commands.
import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import { markdownFenceDrawings } from './markdown/preview';
import { sysdMarkdownIt } from './markdown/plugin';
import { registerPreview } from './preview/commands';

let client: LanguageClient | undefined;

/** What VS Code's Markdown preview asks of an extension that contributes `markdown.markdownItPlugins`. */
export interface SysdExports {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export function activate(context: vscode.ExtensionContext): SysdExports {
  const output = vscode.window.createOutputChannel('sysd', { log: true });
  context.subscriptions.push(output);
  client = createLanguageClient(context, output);
  registerPreview(context, client, output);

  context.subscriptions.push(
    vscode.commands.registerCommand('sysd.restartServer', async () => {
      output.info('Restarting the sysd language server.');
      await client?.restart();
    }),
  );

  // Activation returns at once; the server starts in the background (requests made meanwhile wait for it).
  client.start().catch((error: unknown) => output.error(`The sysd language server did not start: ${error instanceof Error ? error.message : String(error)}`));

  const fences = markdownFenceDrawings(context);
  return { extendMarkdownIt: (md) => sysdMarkdownIt(md, fences) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
