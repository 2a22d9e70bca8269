// What a finding is about, by id: id → component, group, connection or scale block → range, and back.
import type { DesignDecl, Range } from './ast';
import type { Connection, DesignModel, Element, ScaleInfo } from './model';

/** The design as a whole, for design-wide findings: its root file and its header, when it has one. */
export interface DesignWide {
  designWide: true;
  uri: string;
  header?: DesignDecl;
}

/** A thing a finding can be about. */
export type Subject = Element | Connection | ScaleInfo | DesignWide;

/** The pseudo-subject id of the `scale` block. */
export const SCALE_SUBJECT = 'scale';
/** The pseudo-subject id of the design as a whole: what a finding outside every declaration is about. */
export const DESIGN_SUBJECT = 'design';

export function isConnection(subject: Subject): subject is Connection {
  return 'arrow' in subject && 'from' in subject;
}

export function isScale(subject: Subject): subject is ScaleInfo {
  return 'block' in subject && !('type' in subject);
}

export function isDesignWide(subject: Subject): subject is DesignWide {
  return 'designWide' in subject;
}

const designSubjects = new WeakMap<DesignModel, DesignWide>();

/** The design-wide subject of a model (one object per model, so findings on it compare equal). */
export function designSubject(model: DesignModel): DesignWide {
  let subject = designSubjects.get(model);
  if (!subject) designSubjects.set(model, (subject = { designWide: true, uri: model.rootUri, ...(model.design ? { header: model.design } : {}) }));
  return subject;
}

/** The subject's id: a component or group id, a connection id (`from->to#n`), `scale` or `design`. */
export function subjectId(subject: Subject): string {
  if (isDesignWide(subject)) return DESIGN_SUBJECT;
  return isScale(subject) ? SCALE_SUBJECT : subject.id;
}

/** The subject an id names in this model, if any. */
export function subjectById(model: DesignModel, id: string): Subject | undefined {
  if (id === SCALE_SUBJECT && model.scale) return model.scale;
  if (id === DESIGN_SUBJECT && !model.elements.has(id)) return designSubject(model);
  return model.elements.get(id) ?? model.connectionById.get(id);
}

const START_OF_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The range a finding on this subject is shown at: the ID token, the arrow, the `scale` keyword, or for the design the
 * header's name (its `design` keyword when it has none), else the start of the file.
 */
export function rangeOfSubject(subject: Subject): Range {
  if (isConnection(subject)) return subject.arrow.range;
  if (isScale(subject)) return subject.block.keyword.range;
  if (isDesignWide(subject)) {
    const header = subject.header;
    if (!header) return START_OF_FILE;
    return header.title?.range ?? { start: header.range.start, end: { line: header.range.start.line, character: header.range.start.character + 'design'.length } };
  }
  return subject.idRange;
}

interface Target {
  id: string;
  /** The whole declaration or statement. */
  range: Range;
  /** For a connection, from its source ref to its target ref: tells apart the connections of `a -> b, c`. */
  pair?: Range;
}

interface FileIndex {
  /** By start, outer before inner. */
  sorted: Target[];
  /** The index of the target around each one. */
  parent: Array<number | undefined>;
}

function comparePositions(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

function contains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function size(range: Range): number {
  return (range.end.line - range.start.line) * 100_000 + (range.end.character - range.start.character);
}

const indexes = new WeakMap<DesignModel, Map<string, FileIndex>>();

/**
 * Statements nest (groups hold declarations) or sit apart, so sorting them by start and linking each to the one around
 * it lets a lookup climb from the last statement starting before a range: linear in the design, not findings × targets.
 */
function indexOf(model: DesignModel): Map<string, FileIndex> {
  const known = indexes.get(model);
  if (known) return known;
  const byUri = new Map<string, FileIndex>();
  const add = (uri: string, target: Target) => {
    let entry = byUri.get(uri);
    if (!entry) byUri.set(uri, (entry = { sorted: [], parent: [] }));
    entry.sorted.push(target);
  };
  for (const element of model.elements.values()) add(element.uri, { id: element.id, range: element.decl.range });
  for (const connection of model.connections) {
    add(connection.uri, {
      id: connection.id, range: connection.statement.range,
      pair: { start: connection.fromRef.range.start, end: connection.toRef.range.end },
    });
  }
  if (model.scale) add(model.scale.uri, { id: SCALE_SUBJECT, range: model.scale.block.range });
  for (const entry of byUri.values()) {
    // Stable sort: of equal ranges (the connections of one statement) the first written stays first.
    entry.sorted.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(b.range.end, a.range.end));
    const open: number[] = [];
    entry.sorted.forEach((target, i) => {
      while (open.length > 0 && !contains(entry.sorted[open[open.length - 1]].range, target.range)) open.pop();
      entry.parent.push(open[open.length - 1]);
      open.push(i);
    });
  }
  indexes.set(model, byUri);
  return byUri;
}

/**
 * The subject of a problem that does not name one (schema and reference problems): the innermost declaration or
 * statement holding its range, else the design.
 */
export function subjectAt(model: DesignModel, uri: string, range: Range): string {
  const entry = indexOf(model).get(uri);
  if (!entry) return DESIGN_SUBJECT;
  const { sorted, parent } = entry;
  // The last target starting at or before the range.
  let low = 0;
  let high = sorted.length - 1;
  let at = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (comparePositions(sorted[middle].range.start, range.start) <= 0) { at = middle; low = middle + 1; } else high = middle - 1;
  }
  let index: number | undefined = at === -1 ? undefined : at;
  while (index !== undefined && !contains(sorted[index].range, range)) index = parent[index];
  if (index === undefined) return DESIGN_SUBJECT;
  // Statements with several connections (`a -> b, c`) share one range: the one whose refs hold the range wins.
  let best = sorted[index];
  let bestSize = Infinity;
  for (let i: number | undefined = index; i !== undefined && size(sorted[i].range) === size(sorted[index].range); i = parent[i]) {
    const target = sorted[i];
    const extent = target.pair && contains(target.pair, range) ? size(target.pair) : size(target.range);
    // Ties go to the statement's first connection (the chain is climbed from the last).
    if (extent <= bestSize) { best = target; bestSize = extent; }
  }
  return best.id;
}

/** What a diagnostic is about: the subject its rule named, else the declaration around it. */
export function subjectOfDiagnostic(model: DesignModel, diagnostic: { uri: string; range: Range; subject?: string }): string {
  return diagnostic.subject ?? subjectAt(model, diagnostic.uri, diagnostic.range);
}
