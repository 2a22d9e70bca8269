// What every LSP feature gets: the connection, the open documents and the workspace of analyses.
import type { Connection, DidChangeWatchedFilesParams, ServerCapabilities } from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerFiles } from './files';
import type { Workspace } from './workspace';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: Workspace;
  /** Reads the files that are not open (disk on the desktop, the client in the browser). */
  files: ServerFiles;
  /** The folders the client opened (from `initialize`), as URIs; empty when a lone file is open. */
  workspaceFolders: string[];
  /** Tuning the client may pass in `initializationOptions` (read once at `initialize`). */
  options: ServerOptions;
  /** Subscribes to `workspace/didChangeWatchedFiles`: the connection takes one handler, so features share it through this. */
  onDidChangeWatchedFiles(listener: (params: DidChangeWatchedFilesParams) => void): void;
  /** Runs after the client's `initialized` notification (shared for the same reason). */
  onInitialized(listener: () => void): void;
}

export interface ServerOptions {
  /**
   * Quiet time after an edit before diagnostics are computed. Unset, it follows how long the design's last analysis
   * took (lsp/debounce.ts); benchmarks pass 0 to time the work alone.
   */
  diagnosticsDelayMs?: number;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = {};

/** Reads the options from `initializationOptions`, ignoring anything malformed (a bad option never stops the server). */
export function serverOptionsFrom(initializationOptions: unknown): ServerOptions {
  const options = { ...DEFAULT_SERVER_OPTIONS };
  if (typeof initializationOptions !== 'object' || initializationOptions === null) return options;
  const delay = (initializationOptions as { diagnosticsDelayMs?: unknown }).diagnosticsDelayMs;
  if (typeof delay === 'number' && Number.isFinite(delay) && delay >= 0 && delay <= 10_000) options.diagnosticsDelayMs = delay;
  return options;
}

/** One LSP feature: the capabilities it announces and the handlers it installs. */
export interface Feature {
  capabilities?: ServerCapabilities;
  register(context: ServerContext): void;
}
