// Where the browser extension starts its web workers from (the language server, the preview's layout).
import * as vscode from 'vscode';

/**
 * A URL a web worker can start from, for a script of the extension. In vscode.dev the extension is served over https
 * and its URL works as it is. Where the extension comes from a remote (code-server, a remote window with the web
 * extension host) its URI is vscode-remote:, from which the web extension host refuses to start workers: the script is
 * read with workspace.fs instead and started from a blob.
 */
export async function workerScriptUrl(uri: vscode.Uri): Promise<string> {
  if (uri.scheme === 'https' || uri.scheme === 'http') return uri.toString(true);
  const script = await vscode.workspace.fs.readFile(uri);
  return URL.createObjectURL(new Blob([script], { type: 'application/javascript' }));
}
