// Re-parses only the top-level statement an edit falls inside, reusing the statements before it and shifting the ones after.
import type { Position, Statement, SysdFile } from './ast';
import { parse } from './parser';

/** One contiguous replacement: `removed` characters of the old text at `offset` became `inserted`. */
export interface TextChange {
  offset: number;
  removed: number;
  inserted: string;
}

/** The shortest single replacement that turns `before` into `after` (common prefix and suffix kept out of it). */
export function changeBetween(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  // Whole chunks first, then smaller: a slice comparison is a memcmp, far faster than a character loop over a large file.
  let prefix = 0;
  for (const chunk of CHUNKS) {
    while (prefix + chunk <= shorter && before.slice(prefix, prefix + chunk) === after.slice(prefix, prefix + chunk)) prefix += chunk;
  }
  let suffix = 0;
  const room = shorter - prefix;
  for (const chunk of CHUNKS) {
    while (suffix + chunk <= room && before.slice(before.length - suffix - chunk, before.length - suffix) === after.slice(after.length - suffix - chunk, after.length - suffix)) suffix += chunk;
  }
  return { offset: prefix, removed: before.length - prefix - suffix, inserted: after.slice(prefix, after.length - suffix) };
}

const CHUNKS = [65536, 1024, 32, 1];

/** Where an offset lands when counting line breaks as the lexer does (`\r\n`, `\r`, `\n`) from a known position. */
function advance(text: string, from: number, to: number, start: Position): Position {
  let line = start.line;
  let character = start.character;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; character = 0; } else character++;
  }
  return { line, character };
}

/** Maps positions and offsets of one piece of the tree to where they are in the new text. */
interface Shift {
  position(p: Position): Position;
  offset: number;
}

/**
 * A copy of a syntax-tree value with every position and offset moved; generic over node kinds (new statement kinds
 * included). Positions and ranges a shift leaves where they were are shared, not copied: the tree is never mutated, and
 * after a keystroke most of the file only moves its offsets.
 */
function shifted<T>(value: T, shift: Shift): T {
  if (Array.isArray(value)) return value.map((item) => shifted(item, shift)) as T;
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  if (typeof source.line === 'number' && typeof source.character === 'number') return shift.position(source as unknown as Position) as T;
  const copy: Record<string, unknown> = {};
  for (const key in source) {
    const field = source[key];
    if ((key === 'offset' || key === 'end') && typeof field === 'number') copy[key] = field + shift.offset;
    else if (key === 'range') {
      const range = field as { start: Position; end: Position };
      const start = shift.position(range.start);
      const end = shift.position(range.end);
      copy[key] = start === range.start && end === range.end ? range : { start, end };
    } else copy[key] = shifted(field, shift);
  }
  return copy as T;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xfeff;
}

/**
 * The parse of `after`, made from the parse of `before` when `change` falls strictly inside one top-level statement
 * without syntax errors, and that statement still parses alone as exactly one statement without errors.
 * Undefined when it cannot be scoped that way (the caller parses the whole text): an edit between statements, in the
 * header, across statements, or one that breaks the syntax. The differential fuzzer (tests/fuzz) holds the result equal
 * to a full parse.
 */
export function reparse(old: SysdFile, before: string, after: string, change: TextChange): SysdFile | undefined {
  if (old.extraDesigns.length > 0) return undefined;
  const editEnd = change.offset + change.removed;
  const index = statementAround(old.statements, change.offset, editEnd);
  if (index === undefined) return undefined;
  const statement = old.statements[index];
  // Error recovery can reach across statements (a connection missing its target swallows the next keyword): the
  // differential fuzzer found such cases, so a file with syntax errors is always parsed whole.
  if (old.errors.length > 0) return undefined;
  if (old.design && old.design.end > statement.offset && old.design.offset < statement.end) return undefined;
  const delta = change.inserted.length - change.removed;
  const newEnd = statement.end + delta;
  // The token after the statement must not be able to join its last one: only whitespace (or the end) may follow.
  if (newEnd < after.length && !isSpace(after.charCodeAt(newEnd))) return undefined;
  const piece = parse(after.slice(statement.offset, newEnd));
  if (piece.errors.length > 0 || piece.design || piece.statements.length !== 1 || piece.extraDesigns.length > 0) return undefined;

  const origin = statement.range.start;
  const intoPlace: Shift = {
    offset: statement.offset,
    position: (p) => ({ line: origin.line + p.line, character: p.line === 0 ? origin.character + p.character : p.character }),
  };
  const oldEditEnd = advance(before, statement.offset, editEnd, origin);
  const newEditEnd = advance(after, statement.offset, change.offset + change.inserted.length, origin);
  const lines = newEditEnd.line - oldEditEnd.line;
  const later: Shift = {
    offset: delta,
    position: (p) => {
      if (p.line === oldEditEnd.line) return { line: newEditEnd.line, character: p.character - oldEditEnd.character + newEditEnd.character };
      return lines === 0 ? p : { line: p.line + lines, character: p.character };
    },
  };
  const unmoved = delta === 0 && lines === 0 && oldEditEnd.character === newEditEnd.character;
  const moved = <T>(value: T): T => (unmoved ? value : shifted(value, later));

  const statements = old.statements.slice(0, index);
  statements.push(shifted(piece.statements[0], intoPlace));
  for (let i = index + 1; i < old.statements.length; i++) statements.push(moved(old.statements[i]));
  const comments = [];
  for (const comment of old.comments) {
    if (comment.end <= statement.offset) comments.push(comment);
    else if (comment.offset >= statement.end) comments.push(moved(comment));
  }
  const inside = piece.comments.map((comment) => shifted(comment, intoPlace));
  const at = comments.findIndex((comment) => comment.offset >= newEnd);
  comments.splice(at === -1 ? comments.length : at, 0, ...inside);

  const design = old.design && (old.design.offset >= statement.end ? moved(old.design) : old.design);
  // As parse() finds it: the first statement other than an import that stands before the header.
  const beforeDesign = design && statements.find((s) => s.offset < design.offset && s.type !== 'import');
  return { design, ...(beforeDesign ? { statementBeforeDesign: beforeDesign } : {}), extraDesigns: [], statements, comments, errors: [] };
}

/** The index of the statement that strictly contains `from`…`to` (its first and last characters untouched). */
function statementAround(statements: readonly Statement[], from: number, to: number): number | undefined {
  let low = 0;
  let high = statements.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const statement = statements[middle];
    if (statement.end <= from) low = middle + 1;
    else if (statement.offset > from) high = middle - 1;
    else return statement.offset < from && to < statement.end ? middle : undefined;
  }
  return undefined;
}
