// Navigation over the resolved model: definition, references, highlights and workspace symbols.
import type { Position, Range } from './ast';
import { comparePositions, rangeContains } from './locate';
import type { DesignModel, Element, Reference } from './model';

export interface Location {
  uri: string;
  range: Range;
}

export interface Highlight {
  range: Range;
  /** The declaration writes the name; every other occurrence reads it. */
  kind: 'write' | 'read';
}

/**
 * The ID occurrence (declaration or use) at `position` in `uri`. When two IDs touch the position
 * (`a,|b`), the one that starts there wins, as when the mouse is over its first character.
 */
export function referenceAt(model: DesignModel, uri: string, position: Position): Reference | undefined {
  let found: Reference | undefined;
  for (const reference of model.references) {
    if (reference.uri !== uri || !rangeContains(reference.range, position)) continue;
    if (!found || comparePositions(reference.range.start, position) === 0) found = reference;
  }
  return found;
}

/** Every written occurrence of the element a reference names, declaration first, across the model's files. */
export function occurrencesOf(model: DesignModel, target: Element): Reference[] {
  return model.references
    .filter((r) => r.target === target || (r.declaration && r.uri === target.uri && sameRange(r.range, target.idRange)))
    .sort((a, b) => Number(b.declaration) - Number(a.declaration) || a.uri.localeCompare(b.uri) || comparePositions(a.range.start, b.range.start));
}

export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** Where the ID at `position` is declared; the import path at `position` opens the imported file. */
export function definition(model: DesignModel, uri: string, position: Position): Location | undefined {
  const reference = referenceAt(model, uri, position);
  if (reference?.target) return { uri: reference.target.uri, range: reference.target.idRange };
  const file = model.files.get(uri);
  for (const statement of file?.statements ?? []) {
    if (statement.type !== 'import' || !statement.path || !rangeContains(statement.path.range, position)) continue;
    const target = model.importTargets.get(statement);
    if (target && model.files.has(target)) return { uri: target, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  }
  return undefined;
}

/**
 * Every occurrence of the ID at `position`, in every file of the design. `models` are further designs that may
 * use it (open files importing this one); their occurrences are matched through the declaration's place.
 */
export function references(model: DesignModel, uri: string, position: Position, includeDeclaration: boolean, models: DesignModel[] = []): Location[] {
  const reference = referenceAt(model, uri, position);
  if (!reference) return [];
  const found = reference.target
    ? occurrencesAcross(reference.target, [model, ...models])
    : model.references.filter((r) => !r.target && r.name === reference.name);
  return found.filter((r) => includeDeclaration || !r.declaration).map((r) => ({ uri: r.uri, range: r.range }));
}

/** Occurrences of an element in several designs, matched by where it is declared, without duplicates. */
export function occurrencesAcross(target: Element, models: DesignModel[]): Reference[] {
  const seen = new Set<string>();
  const out: Reference[] = [];
  for (const model of models) {
    const same = model.elements.get(target.id);
    if (!same || same.uri !== target.uri || !sameRange(same.idRange, target.idRange)) continue;
    for (const occurrence of occurrencesOf(model, same)) {
      const key = `${occurrence.uri}#${occurrence.range.start.line}:${occurrence.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(occurrence);
    }
  }
  return out;
}

/** The occurrences of the ID at `position` in the same file: the declaration is a write, uses are reads. */
export function highlights(model: DesignModel, uri: string, position: Position): Highlight[] {
  const reference = referenceAt(model, uri, position);
  if (!reference) return [];
  const found = reference.target ? occurrencesOf(model, reference.target) : model.references.filter((r) => !r.target && r.name === reference.name);
  return found.filter((r) => r.uri === uri).map((r) => ({ range: r.range, kind: r.declaration ? 'write' : 'read' }));
}

export interface WorkspaceSymbol {
  name: string;
  /** `service`, `database`, … or `group`. */
  kind: string;
  label?: string;
  uri: string;
  range: Range;
  /** The group the element sits in, shown as its container. */
  container?: string;
}

/**
 * How well `query` matches `name`: undefined when its characters do not appear in order (case-insensitive);
 * otherwise lower is better (prefix and contiguous matches first).
 */
export function fuzzyScore(query: string, name: string): number | undefined {
  if (query === '') return 0;
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  if (n.startsWith(q)) return 0;
  const at = n.indexOf(q);
  if (at !== -1) return 1 + at;
  let index = 0;
  let gaps = 0;
  for (const char of q) {
    const next = n.indexOf(char, index);
    if (next === -1) return undefined;
    gaps += next - index;
    index = next + 1;
  }
  return 100 + gaps;
}

/** Components and groups of every design whose ID or label matches `query`, best matches first, each listed once. */
export function workspaceSymbols(models: DesignModel[], query: string, limit = 500): WorkspaceSymbol[] {
  const seen = new Set<string>();
  const scored: Array<{ symbol: WorkspaceSymbol; score: number }> = [];
  for (const model of models) {
    for (const element of model.elements.values()) {
      const key = `${element.uri}#${element.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const byId = fuzzyScore(query, element.id);
      const byLabel = element.label ? fuzzyScore(query, element.label) : undefined;
      const score = byId ?? (byLabel === undefined ? undefined : byLabel + 50);
      if (score === undefined) continue;
      scored.push({
        score,
        symbol: {
          name: element.id, kind: element.type === 'group' ? 'group' : element.kind, label: element.label,
          uri: element.uri, range: element.idRange, container: element.group?.id,
        },
      });
    }
  }
  return scored
    .sort((a, b) => a.score - b.score || a.symbol.name.localeCompare(b.symbol.name))
    .slice(0, limit)
    .map((entry) => entry.symbol);
}
