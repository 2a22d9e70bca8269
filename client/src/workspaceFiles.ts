// Answers the language server's file requests with vscode.workspace.fs: all the browser server reads, and what the desktop
// server reads of a virtual workspace (github.dev, Remote Repositories), where there is no disk to read.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LIST_DESIGNS_REQUEST, READ_FILE_REQUEST, type ReadFileParams, type ReadFileResult } from '../../server/src/protocol/requests';

/** Most designs listed for import-path completion (a huge repository opened on github.dev must not be walked whole). */
const MAX_LISTED_DESIGNS = 5000;

export function serveWorkspaceFiles(client: BaseLanguageClient): void {
  client.onRequest(READ_FILE_REQUEST, async (params: ReadFileParams | null): Promise<ReadFileResult | null> => {
    if (typeof params?.uri !== 'string') return null;
    try {
      return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(params.uri, true))) };
    } catch {
      // No such file, a folder, or unreadable: the server reports the import as not found.
      return null;
    }
  });
  client.onRequest(LIST_DESIGNS_REQUEST, async (): Promise<string[]> => {
    const found = await vscode.workspace.findFiles('**/*.sysd', '**/{node_modules,.git,dist}/**', MAX_LISTED_DESIGNS);
    return found.map((uri) => uri.toString());
  });
}
