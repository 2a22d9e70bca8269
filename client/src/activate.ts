// What the desktop and the browser extension share: the output channel, the language client's life, the preview, the commands.
import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { markdownFenceDrawings } from './markdown/preview';
import { sysdMarkdownIt } from './markdown/plugin';
import type { SpawnLayoutWorker } from './preview/layoutClient';
import { registerPreview } from './preview/commands';
import { registerLanguageStatus } from './status';
import { registerTemplates } from './templates/commands';

/** How one platform runs the two workers: the language server's client, and the preview's layout worker. */
export interface Platform {
  createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): BaseLanguageClient;
  spawnLayout(context: vscode.ExtensionContext): SpawnLayoutWorker;
}

/** What VS Code's Markdown preview asks of an extension that contributes `markdown.markdownItPlugins`. */
export interface SysdExports {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

let client: BaseLanguageClient | undefined;

export function activateOn(platform: Platform, context: vscode.ExtensionContext): SysdExports {
  const output = vscode.window.createOutputChannel('sysd', { log: true });
  context.subscriptions.push(output);
  client = platform.createClient(context, output);
  registerPreview(context, client, platform.spawnLayout(context), output);
  registerTemplates(context);
  registerLanguageStatus(context, client, output);

  context.subscriptions.push(
    vscode.commands.registerCommand('sysd.restartServer', async () => {
      output.info('Restarting the sysd language server.');
      await restart(client);
    }),
  );

  // Activation returns at once; the server starts in the background (requests made meanwhile wait for it).
  client.start().catch((error: unknown) => output.error(`The sysd language server did not start: ${error instanceof Error ? error.message : String(error)}`));

  // ```sysd fences in the Markdown preview, laid out in a worker of their own.
  const fences = markdownFenceDrawings(context, platform.spawnLayout(context));
  return { extendMarkdownIt: (md) => sysdMarkdownIt(md, fences) };
}

/** Node's LanguageClient has restart() (it waits for a debug port); the browser's is stopped and started. */
async function restart(running: BaseLanguageClient | undefined): Promise<void> {
  if (!running) return;
  if (running instanceof Object && 'restart' in running && typeof running.restart === 'function') {
    await (running.restart as () => Promise<void>).call(running);
    return;
  }
  await running.stop();
  await running.start();
}

export async function deactivateClient(): Promise<void> {
  await client?.stop();
  client = undefined;
}
