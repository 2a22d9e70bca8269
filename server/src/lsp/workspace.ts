// The server's view of the designs: one cached analysis per open document version, re-done when a file it reads changes.
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, failedAnalysis, type Analysis } from '../language/analysis';
import type { SourceHost } from '../language/model';
import { cachedSourceHost, ParseCache } from '../language/parseCache';
import { DEFAULT_CONFIG, type SysdConfig } from '../language/schema';
import type { ServerFiles } from './files';

/** Most rounds of waiting for imports to arrive from the client: each round may find the imports of the files just read. */
const MAX_READ_ROUNDS = 32;

interface CacheEntry {
  version: number;
  analysis: Analysis;
  /** The configuration it was analysed with, as JSON (a new configuration redoes only the analyses it changes). */
  config: string;
  /** How long the analysis took (the diagnostics debounce follows it). */
  milliseconds: number;
}

export class Workspace {
  private readonly analyses = new Map<string, CacheEntry>();
  private readonly parses = new ParseCache();
  private readonly host: SourceHost;
  /** Each design's configuration: its folder's sysd.config.json and that folder's settings (lsp/config.ts). */
  private configOf: (uri: string) => SysdConfig = () => DEFAULT_CONFIG;
  private readonly listeners: Array<() => void> = [];

  /** Open documents first, then the files that are not open. */
  private readonly read = (uri: string): string | undefined => this.documents.get(uri)?.getText() ?? this.files.read(uri);

  /** `onAnalysed` hears of every analysis actually computed (the server traces them: one per document version). */
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly files: ServerFiles,
    private readonly onAnalysed: (uri: string, version: number, milliseconds: number) => void = () => undefined,
  ) {
    this.host = cachedSourceHost(this.read, this.parses);
    // A file that arrives late (in the browser) was missing from every analysis made meanwhile.
    files.onDidArrive((uri) => {
      this.parses.forget(uri);
      this.analyses.clear();
    });
  }

  /** A host that reads as the workspace does, with its own parses: for analyses of texts no document has (fix-all's rounds). */
  scratchHost(): SourceHost {
    return cachedSourceHost(this.read);
  }

  /**
   * The analysis once every file the design reads is there. On the desktop that is at once; in the browser imports
   * arrive from the client a moment later, and diagnostics or a diagram made before would say they are missing.
   */
  async settledAnalysis(uri: string): Promise<Analysis | undefined> {
    for (let round = 0; round < MAX_READ_ROUNDS; round++) {
      const analysis = this.analysis(uri);
      if (!this.files.reading()) return analysis;
      await this.files.settled();
    }
    return this.analysis(uri);
  }

  /** The analysis of the document's current version, computed once per version. */
  analysis(uri: string): Analysis | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.analyses.get(uri);
    if (cached && cached.version === document.version) return cached.analysis;
    let analysis: Analysis;
    const config = this.configFor(uri);
    const started = performance.now();
    try {
      analysis = analyze(uri, this.host, config);
    } catch (error) {
      console.error(`sysd: analysing ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      analysis = failedAnalysis(uri, error, config);
    }
    const milliseconds = performance.now() - started;
    this.analyses.set(uri, { version: document.version, analysis, config: JSON.stringify(config), milliseconds });
    this.onAnalysed(uri, document.version, milliseconds);
    return analysis;
  }

  /** How long the cached analysis of `uri` took to compute, if there is one. */
  analysisMs(uri: string): number | undefined {
    return this.analyses.get(uri)?.milliseconds;
  }

  /** Open documents whose design reads `uri` (themselves included). */
  dependents(uri: string): string[] {
    return this.documents.all()
      .map((d) => d.uri)
      .filter((open) => open === uri || this.analyses.get(open)?.analysis.model.files.has(uri));
  }

  /** A file changed (in the editor or on disk): drop every analysis that read it. Returns the open documents affected. */
  invalidate(uri: string): string[] {
    // The parse stays: the cache knows its text, and the next parse re-parses only the statements the edit touched.
    this.files.changed(uri);
    const affected = this.dependents(uri);
    for (const open of affected) this.analyses.delete(open);
    return affected;
  }

  /** A document closed: its analysis and parse go (importers re-read the file from disk and parse it again). */
  forget(uri: string): void {
    this.analyses.delete(uri);
    this.parses.forget(uri);
  }

  /** The configuration the design at `uri` is analysed with. */
  configFor(uri: string): SysdConfig {
    return this.configOf(uri);
  }

  /** Where configurations come from from now on. */
  setConfigSource(configOf: (uri: string) => SysdConfig): void {
    this.configOf = configOf;
    this.configChanged();
  }

  /**
   * The configuration may have changed (a config file or a setting): drop the analyses whose configuration is now
   * different and tell the listeners, unless nothing changed (reloads repeat the same settings).
   */
  configChanged(): void {
    let changed = false;
    for (const [uri, entry] of this.analyses) {
      if (JSON.stringify(this.configFor(uri)) === entry.config) continue;
      this.analyses.delete(uri);
      changed = true;
    }
    if (changed) for (const listener of this.listeners) listener();
  }

  onConfigChanged(listener: () => void): void {
    this.listeners.push(listener);
  }
}
