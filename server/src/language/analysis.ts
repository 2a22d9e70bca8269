// The analysis front: one object per design version that answers every question an editor or the CLI asks of it
// (diagnostics, hover, completion, navigation, structure, tokens, hints, lenses, formatting, estimate). It knows no
// protocol: lsp/ and cli/ only translate its answers. What a feature computes is kept for the version's lifetime.
import type { Position, Range, SysdFile } from './ast';
import { codeLensesOf, type CodeLens } from './codeLens';
import { severityOf } from './codes';
import { completionListAt, type CompletionList, type ImportableFile } from './completion';
import { compareDiagnostics, type Diagnostic } from './diagnostics';
import { estimate, type Estimate } from './estimate';
import { foldingRanges, type FoldingRange } from './folding';
import { formatDocument, formatRangeEdits, type TextEdit } from './format';
import { hoverAt, type HoverResult } from './hover';
import { elementAtPosition, whatIf, whatIfLensesOf, type WhatIf } from './impact';
import { inlayHintsOf, type InlayHint } from './inlayHints';
import { buildModel, modelOfText, type DesignModel, type Element, type SourceHost } from './model';
import { definition, highlights, references, type Highlight, type Location } from './navigation';
import { prepareRename, rename, type RenameEdit, type Result } from './rename';
import { checkRules, type Suppression } from './rules';
import { DEFAULT_CONFIG, type SysdConfig } from './schema';
import { selectionRanges } from './selection';
import { semanticTokens, type SemanticToken } from './semanticTokens';

export class Analysis {
  /** Lazily computed answers that depend on nothing but this version (the whole-document ones). */
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly uri: string,
    readonly model: DesignModel,
    /** Best-practice findings for the whole design. */
    readonly findings: Diagnostic[],
    /** Findings an `@allow` silenced, with its reason (CLI JSON/SARIF justifications, hovers). */
    readonly suppressed: Suppression[],
    /** Everything to show for the root file, sorted by position. */
    readonly diagnostics: Diagnostic[],
    readonly config: SysdConfig,
  ) {}

  private once<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  /** The root file's syntax tree (undefined when the file could not be read). */
  get file(): SysdFile | undefined {
    return this.model.files.get(this.uri);
  }

  /** Every problem of the design, imported files included: what the diagram shows as badges. */
  get problems(): Diagnostic[] {
    return this.once('problems', () => [...this.model.diagnostics, ...this.findings]);
  }

  hover(position: Position): HoverResult | undefined {
    return hoverAt(this, this.uri, position);
  }

  /** `text` is the document's text of this version (completion reads the line being typed). */
  completions(text: string, position: Position, importable: () => ImportableFile[] = () => []): CompletionList {
    return completionListAt(this, text, position, importable);
  }

  definition(position: Position): Location | undefined {
    return definition(this.model, this.uri, position);
  }

  /** `others`: the models of other designs that import this file (their uses count too). */
  references(position: Position, includeDeclaration: boolean, others: DesignModel[] = []): Location[] {
    return references(this.model, this.uri, position, includeDeclaration, others);
  }

  highlights(position: Position): Highlight[] {
    return highlights(this.model, this.uri, position);
  }

  prepareRename(position: Position): Result<{ range: Range; name: string }> {
    return prepareRename(this.model, this.uri, position);
  }

  rename(position: Position, newName: string, others: DesignModel[] = []): Result<RenameEdit[]> {
    return rename(this.model, this.uri, position, newName, others);
  }

  folding(): FoldingRange[] {
    return this.once('folding', () => (this.file ? foldingRanges(this.file) : []));
  }

  /** The ranges to grow a selection at `position` through, innermost first. */
  selectionRanges(position: Position): Range[] {
    return this.file ? selectionRanges(this.file, position) : [];
  }

  semanticTokens(range?: Range): SemanticToken[] {
    const file = this.file;
    if (!file) return [];
    return range ? semanticTokens(file, this.model, this.uri, range) : this.once('tokens', () => semanticTokens(file, this.model, this.uri));
  }

  inlayHints(range?: Range): InlayHint[] {
    return range ? inlayHintsOf(this, this.uri, range) : this.once('hints', () => inlayHintsOf(this, this.uri));
  }

  codeLenses(): CodeLens[] {
    return this.once('lenses', () => [...codeLensesOf(this, this.uri), ...whatIfLensesOf(this.model, this.uri)]);
  }

  /** The innermost component or group of the root file whose declaration holds `position`. */
  elementAt(position: Position): Element | undefined {
    return elementAtPosition(this.model, this.uri, position);
  }

  /** What stops working with these components or groups down; no IDs answers the single points of failure alone. */
  whatIf(ids: readonly string[]): WhatIf {
    return ids.length === 0 ? this.once('spof', () => whatIf(this.model, [])) : whatIf(this.model, ids);
  }

  /** The canonical text of the document (`text`, this version's), or undefined when syntax errors forbid it. */
  formatted(text: string): string | undefined {
    const file = this.file;
    if (!file) return undefined;
    // Kept with the text it formatted: a caller holding another text (not this version's) gets a fresh answer.
    const kept = this.memo.get('formatted') as { text: string; formatted: string | undefined } | undefined;
    if (kept?.text === text) return kept.formatted;
    const formatted = formatDocument(file, text);
    this.memo.set('formatted', { text, formatted });
    return formatted;
  }

  /** Edits formatting the statements that touch offsets `start`…`end` of `text`. */
  formatRange(text: string, start: number, end: number): TextEdit[] {
    return this.file ? formatRangeEdits(this.file, text, start, end) : [];
  }

  /** The scale block's derived figures (per second, peaks, storage). */
  estimate(): Estimate {
    return this.once('estimate', () => estimate(this.model.scale?.properties));
  }
}

export function analyze(uri: string, host: SourceHost, config: SysdConfig = DEFAULT_CONFIG): Analysis {
  const model = buildModel(uri, host);
  const { findings, suppressed } = checkRules(model, config);
  const diagnostics = [...model.diagnostics, ...findings].filter((d) => d.uri === uri).sort(compareDiagnostics);
  return new Analysis(uri, model, findings, suppressed, diagnostics, config);
}

/**
 * What to show when an analysis throws (a bug in sysd): an empty design and one error at the top of the file, so the
 * editor says what happened instead of going quiet, and every feature keeps answering.
 */
export function failedAnalysis(uri: string, error: unknown, config: SysdConfig = DEFAULT_CONFIG): Analysis {
  const reason = error instanceof Error ? error.message : String(error);
  const diagnostic: Diagnostic = {
    uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: severityOf('internal-error'), code: 'internal-error',
    message: `sysd could not analyse this file (${reason}). This is a bug in sysd: please report it with the file.`,
  };
  return new Analysis(uri, modelOfText('', uri), [], [], [diagnostic], config);
}
