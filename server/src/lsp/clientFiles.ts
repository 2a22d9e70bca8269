// ServerFiles in the browser: the web worker has no file system, so files are asked of the client (vscode.workspace.fs) and kept.
import { FileChangeType, type Connection } from 'vscode-languageserver';
import type { ImportableFile } from '../language/completion';
import { decodedUri, relativeImportPath } from '../language/importPaths';
import { LIST_DESIGNS_REQUEST, READ_FILE_REQUEST, type ReadFileParams, type ReadFileResult } from '../protocol/requests';
import type { ServerContext } from './context';
import type { ServerFiles } from './files';

export class ClientFiles implements ServerFiles {
  /** What the client answered: the text, or undefined for a file it does not have. */
  private readonly known = new Map<string, string | undefined>();
  private readonly inFlight = new Map<string, Promise<string | undefined>>();
  private readonly listeners: Array<(uri: string) => void> = [];
  private designs: string[] = [];

  constructor(private readonly connection: Connection) {}

  read(uri: string): string | undefined {
    if (this.known.has(uri)) return this.known.get(uri);
    void this.fetch(uri);
    return undefined;
  }

  load(uri: string): Promise<string | undefined> {
    return this.known.has(uri) ? Promise.resolve(this.known.get(uri)) : this.fetch(uri);
  }

  reading(): boolean {
    return this.inFlight.size > 0;
  }

  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight.values());
  }

  onDidArrive(listener: (uri: string) => void): void {
    this.listeners.push(listener);
  }

  changed(uri: string): void {
    this.known.delete(uri);
  }

  sameFile(a: string, b: string): boolean {
    return decodedUri(a) === decodedUri(b);
  }

  importable(documentUri: string, workspaceFolders: readonly string[]): ImportableFile[] {
    const folder = workspaceFolders.map((f) => (f.endsWith('/') ? f : `${f}/`)).find((f) => documentUri.startsWith(f)) ?? documentUri.replace(/[^/]*$/, '');
    return this.designs
      .filter((uri) => uri.startsWith(folder))
      .flatMap((uri) => {
        const path = relativeImportPath(documentUri, uri);
        return path === undefined ? [] : [{ path, uri }];
      });
  }

  /** Keeps the list of designs for import completion: asked at start, and again when a design is created or deleted. */
  follow(context: Pick<ServerContext, 'onInitialized' | 'onDidChangeWatchedFiles'>, wanted: () => boolean = () => true): void {
    context.onInitialized(() => { if (wanted()) void this.listDesigns(); });
    context.onDidChangeWatchedFiles((params) => {
      // Changes to a file's text reach the cache through the workspace (Workspace.invalidate).
      if (wanted() && params.changes.some((change) => change.uri.endsWith('.sysd') && change.type !== FileChangeType.Changed)) void this.listDesigns();
    });
  }

  private async listDesigns(): Promise<void> {
    try {
      const uris = await this.connection.sendRequest<string[] | null>(LIST_DESIGNS_REQUEST);
      this.designs = Array.isArray(uris) ? uris.filter((uri): uri is string => typeof uri === 'string') : [];
    } catch {
      this.designs = [];
    }
  }

  private fetch(uri: string): Promise<string | undefined> {
    const pending = this.inFlight.get(uri);
    if (pending) return pending;
    const request = this.connection.sendRequest<ReadFileResult | null>(READ_FILE_REQUEST, { uri } satisfies ReadFileParams).then(
      (result) => (typeof result?.text === 'string' ? result.text : undefined),
      () => undefined,
    ).then((text) => {
      this.inFlight.delete(uri);
      this.known.set(uri, text);
      for (const listener of this.listeners) listener(uri);
      return text;
    });
    this.inFlight.set(uri, request);
    return request;
  }
}
