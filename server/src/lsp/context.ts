// What every LSP feature gets: the connection, the open documents and the workspace of analyses.
import type { Connection, DidChangeWatchedFilesParams, ServerCapabilities } from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Workspace } from './workspace';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: Workspace;
  /** The folders the client opened (from `initialize`), as URIs; empty when a lone file is open. */
  workspaceFolders: string[];
  /** Subscribes to `workspace/didChangeWatchedFiles`: the connection takes one handler, so features share it through this. */
  onDidChangeWatchedFiles(listener: (params: DidChangeWatchedFilesParams) => void): void;
  /** Runs after the client's `initialized` notification (shared for the same reason). */
  onInitialized(listener: () => void): void;
}

/** One LSP feature: the capabilities it announces and the handlers it installs. */
export interface Feature {
  capabilities?: ServerCapabilities;
  register(context: ServerContext): void;
}
