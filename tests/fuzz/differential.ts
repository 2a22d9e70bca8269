// The differential check: an analysis made incrementally (parses reused from the previous text) equals one made from scratch.
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../server/src/language/analysis';
import type { SysdFile } from '../../server/src/language/ast';
import { changeBetween, reparse } from '../../server/src/language/incrementalParse';
import type { SourceHost } from '../../server/src/language/model';
import { cachedSourceHost, ParseCache } from '../../server/src/language/parseCache';
import { parse } from '../../server/src/language/parser';
import { diagramOf } from '../../server/src/diagram/model';
import { symbolsOf } from '../../server/src/lsp/symbols';
import { URI } from './pipeline';

const OTHER_URI = 'file:///fuzz/other.sysd';
const OTHER = 'service api "Shared API" { instances: 2 }\ndatabase shared-db { engine: postgres }\napi -> shared-db\nimport "./fuzz.sysd"\n';

function hostOver(text: () => string, cache?: ParseCache): SourceHost {
  const read = (uri: string) => (uri === URI ? text() : uri === OTHER_URI ? OTHER : undefined);
  return cache ? cachedSourceHost(read, cache) : { read, resolve: (from, path) => new URL(path, from).href };
}

/** What a user sees of an analysis: each part compared on its own, so a failure names the part that differs. */
function assertSameAnalysis(incremental: Analysis, full: Analysis, where: string): void {
  assert.deepEqual(incremental.file, full.file, `${where}: the syntax tree differs`);
  assert.deepEqual(incremental.diagnostics, full.diagnostics, `${where}: the diagnostics differ`);
  assert.deepEqual([...incremental.model.elements.keys()], [...full.model.elements.keys()], `${where}: the element ids differ`);
  assert.deepEqual(incremental.model.references, full.model.references, `${where}: the references differ`);
  // The rest of the model follows from the tree: the ids and references above and the diagram below show it.
  assert.deepEqual(incremental.findings, full.findings, `${where}: the findings differ`);
  assert.deepEqual(incremental.semanticTokens(), full.semanticTokens(), `${where}: the semantic tokens differ`);
  assert.deepEqual(incremental.folding(), full.folding(), `${where}: the folding ranges differ`);
  assert.deepEqual(symbolsOf(incremental.file?.statements ?? []), symbolsOf(full.file?.statements ?? []), `${where}: the outline differs`);
  assert.deepEqual(diagramOf(incremental.model, incremental.problems), diagramOf(full.model, full.problems), `${where}: the diagram model differs`);
}

/** An editing session: one parse cache kept across steps, as the language server keeps it. */
export class EditSession {
  private text: string;
  private readonly cache = new ParseCache();
  private readonly host: SourceHost;
  /** Steps whose parse was re-made from the previous one (the rest were parsed whole): a fuzzer that never reaches the incremental path proves nothing. */
  reused = 0;
  steps = 0;

  constructor(text: string) {
    this.text = text;
    this.host = hostOver(() => this.text, this.cache);
    analyze(URI, this.host);
  }

  /** The document now reads `next`: analyse it incrementally and from scratch, and assert they agree. */
  step(next: string): void {
    const previous = this.text;
    const before = this.cache.parse(URI, previous);
    this.text = next;
    this.steps++;
    // A step the incremental parse declines is a full parse in both analyses: only the cache needs to follow it.
    if (!reparse(before, previous, next, changeBetween(previous, next))) {
      this.cache.parse(URI, next);
      return;
    }
    this.reused++;
    const incremental = analyze(URI, this.host);
    const full = analyze(URI, hostOver(() => next));
    assertSameAnalysis(incremental, full, `after the edit ${JSON.stringify(previous)} → ${JSON.stringify(next)}`);
  }
}

/** One edit from `before` to `after` checked alone: the form the saved regressions take. */
export function checkEdit(before: string, after: string): void {
  new EditSession(before).step(after);
}

/** The parse of `after` made incrementally from `before`, or a full parse where that cannot be scoped (for unit tests). */
export function incrementalParse(before: string, after: string): SysdFile {
  return reparse(parse(before), before, after, changeBetween(before, after)) ?? parse(after);
}
