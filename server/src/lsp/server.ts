// Wires the language server: connection, documents, workspace, and every feature's handlers.
import { TextDocuments, TextDocumentSyncKind, type Connection, type ServerCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SERVER_OPTIONS, serverOptionsFrom, type ServerContext } from './context';
import { features } from './features';
import type { ServerFiles } from './files';
import { Workspace } from './workspace';

function mergeCapabilities(): ServerCapabilities {
  const capabilities: ServerCapabilities = { textDocumentSync: TextDocumentSyncKind.Incremental };
  for (const feature of features) Object.assign(capabilities, feature.capabilities);
  return capabilities;
}

/**
 * Starts the server on a connection: node's (main.ts, `sysd lsp`) or a web worker's (browserMain.ts). `files` reads what
 * is not open in the editor: the disk, or the client.
 */
export function startServer(connection: Connection, files: ServerFiles): ServerContext {
  const documents = new TextDocuments(TextDocument);
  // With `sysd.trace.server` on, the output shows each analysis and its time: never more than one per version.
  const workspace = new Workspace(documents, files, (uri, version, ms) => connection.tracer.log(`sysd: analysed ${uri} version ${version} in ${ms.toFixed(1)} ms`));
  const watchers: Array<Parameters<ServerContext['onDidChangeWatchedFiles']>[0]> = [];
  const starters: Array<() => void> = [];
  const context: ServerContext = {
    connection, documents, workspace, files, workspaceFolders: [], options: { ...DEFAULT_SERVER_OPTIONS },
    onDidChangeWatchedFiles: (listener) => watchers.push(listener),
    onInitialized: (listener) => starters.push(listener),
  };
  connection.onDidChangeWatchedFiles((params) => { for (const listener of watchers) listener(params); });
  connection.onInitialized(() => { for (const listener of starters) listener(); });

  connection.onInitialize((params) => {
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    context.workspaceFolders.push(...folders);
    context.options = serverOptionsFrom(params.initializationOptions);
    return {
      capabilities: mergeCapabilities(),
      serverInfo: { name: 'sysd-language-server', version: '0.1.0' },
    };
  });
  for (const feature of features) feature.register(context);

  documents.listen(connection);
  connection.listen();
  return context;
}
