// How the server reads the files that are not open in the editor (imports, sysd.config.json): the host's side of SourceHost.
import type { ImportableFile } from '../language/completion';

/** Disk on the desktop (nodeFiles.ts); through the client in the browser, where the server has no file system (clientFiles.ts). */
export interface ServerFiles {
  /** A file's text now: undefined when it does not exist, or when it has not arrived from the client yet (see `reading`). */
  read(uri: string): string | undefined;
  /** A file's text, waiting for it if need be. */
  load(uri: string): Promise<string | undefined>;
  /** Whether reads that `read` started are still on their way. */
  reading(): boolean;
  /** Resolves when the reads on their way have arrived. */
  settled(): Promise<void>;
  /** Hears of each file that arrived (the analyses that missed it are stale). */
  onDidArrive(listener: (uri: string) => void): void;
  /** The file changed or was created or deleted: what was read of it is stale. */
  changed(uri: string): void;
  /** Whether two URIs name the same file (clients spell drive letters and escapes their own way). */
  sameFile(a: string, b: string): boolean;
  /** The designs an `import` in the document could name, as paths relative to it. */
  importable(documentUri: string, workspaceFolders: readonly string[]): ImportableFile[];
}
