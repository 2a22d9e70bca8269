// The canonical formatter: one statement per line, 2-space indentation, every comment kept, nothing reordered.
import type {
  Annotation, Block, Comment, ConnectionStatement, DesignDecl, GroupDecl, Located, Property, Range, Statement, SysdFile, Value,
} from './ast';
import { ARROW_TEXT } from './ast';
import { parse } from './parser';
import { offsetAt, positionAt } from './textPositions';

const INDENT = '  ';
/** A one-line block stays on one line only while it is this small (the spec writes four-property caches on one line; longer ones read better expanded). */
const MAX_ONE_LINE_PROPERTIES = 6;
const MAX_SHORT_PROPERTY = 40;

/** Where one top-level statement (or the design header) ended up in the output, for range and on-type formatting. */
export interface StatementSpan {
  /** Source offsets of the statement (annotations included, trailing comment excluded). */
  sourceStart: number;
  sourceEnd: number;
  /** Output offsets of the same statement. */
  outputStart: number;
  outputEnd: number;
}

export interface FormatResult {
  text: string;
  spans: StatementSpan[];
}

type Separator = 'none' | 'space' | 'line';

/** Writes pieces of source in order, slotting every comment in where it was written. */
class Printer {
  private out = '';
  private depth = 0;
  private lastSourceEnd = 0;
  private wroteAnything = false;
  /** A line comment (or a block comment followed by a newline) was written: the next piece starts a new line. */
  private mustBreak = false;
  /** An inline block comment was written last: the next piece keeps a space from it. */
  private afterComment = false;
  private commentIndex = 0;

  /** `firstComment`: the index of the first comment still to write (a statement printed alone skips those before it). */
  constructor(private readonly source: string, private readonly comments: readonly Comment[], private readonly eol: string, firstComment = 0) {
    this.commentIndex = firstComment;
  }

  get length(): number { return this.out.length; }

  /** What was written so far, without `finish`'s remaining comments and final newline. */
  get written(): string { return this.out; }

  indent(): void { this.depth++; }
  dedent(): void { this.depth--; }

  /**
   * Writes `text`, the source piece found at [start, end). `blank` allows keeping one blank line before it when
   * the source had one. Pieces without a source position of their own (`:`, `(`) pass the end of the previous piece.
   */
  piece(text: string, start: number, end: number, separator: Separator, blank = false): number {
    this.flushComments(start, blank);
    const blankLine = blank && this.hadBlankLine(this.lastSourceEnd, start);
    this.separate(separator, blankLine);
    const at = this.out.length;
    this.out += text;
    this.lastSourceEnd = end;
    this.wroteAnything = true;
    return at;
  }

  /** Writes every comment that starts before `offset`, at the current depth. */
  flushComments(offset: number, blank = true): void {
    while (this.commentIndex < this.comments.length && this.comments[this.commentIndex].offset < offset) {
      const comment = this.comments[this.commentIndex++];
      const text = comment.block ? comment.text : comment.text.trimEnd();
      if (this.wroteAnything && !this.hasNewline(this.lastSourceEnd, comment.offset)) {
        // A trailing comment keeps the gap the author left before it (it may align with its neighbours).
        const gap = this.source.slice(this.lastSourceEnd, comment.offset).replace(/\t/g, ' ');
        this.out += /^ +$/.test(gap) ? gap : ' ';
      } else {
        this.separate('line', blank && this.wroteAnything && this.hadBlankLine(this.lastSourceEnd, comment.offset));
      }
      this.out += text;
      this.lastSourceEnd = comment.end;
      this.wroteAnything = true;
      this.mustBreak = !comment.block || this.newlineFollows(comment.end);
      this.afterComment = !this.mustBreak;
    }
  }

  /** Ends the text: remaining comments, then exactly one newline. */
  finish(): string {
    this.flushComments(Number.POSITIVE_INFINITY);
    return this.out.length > 0 ? `${this.out}${this.eol}` : '';
  }

  private separate(separator: Separator, blankLine: boolean): void {
    if (!this.wroteAnything) return;
    if (separator === 'line' || this.mustBreak) {
      this.out += this.eol;
      if (separator === 'line' && blankLine) this.out += this.eol;
      // A statement broken by a line comment continues one level deeper.
      this.out += INDENT.repeat(this.depth + (separator === 'line' ? 0 : 1));
    } else if (separator === 'space' || this.afterComment) {
      this.out += ' ';
    }
    this.mustBreak = false;
    this.afterComment = false;
  }

  private hasNewline(from: number, to: number): boolean {
    return /[\r\n]/.test(this.source.slice(from, to));
  }

  private hadBlankLine(from: number, to: number): boolean {
    return /\n[ \t\r]*\n/.test(this.source.slice(from, to));
  }

  private newlineFollows(offset: number): boolean {
    const match = /^[ \t]*(\r?\n|$)/.exec(this.source.slice(offset, offset + 200));
    return match !== null;
  }
}

/** Invisible and control characters are escaped so a label shows what it holds. */
function encodeCanonical(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0) as number;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0x2028 || code === 0x2029 || code === 0xfeff
      || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
      out += `\\u{${code.toString(16).toUpperCase()}}`;
    } else out += char;
  }
  return `${out}"`;
}

/**
 * The file's line ending: that of its first line break outside a comment. A block comment keeps its own breaks
 * verbatim and the formatter may move it to the first line, so counting its breaks would flip the choice between
 * one formatting and the next.
 */
function lineEndingOf(source: string, comments: readonly Comment[]): string {
  let next = 0;
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) {
    while (next < comments.length && comments[next].end <= at) next++;
    const comment = comments[next];
    if (comment && comment.offset <= at) { at = comment.end - 1; continue; }
    return at > 0 && source[at - 1] === '\r' ? '\r\n' : '\n';
  }
  return '\n';
}

/** The index of the first item not `before` a point, by binary search: `before` holds for a prefix of the sorted items. */
function firstNotBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(items[middle])) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the first comment (sorted by offset) that starts at or after `offset`. */
function firstCommentFrom(comments: readonly Comment[], offset: number): number {
  return firstNotBefore(comments, (comment) => comment.offset < offset);
}

class Formatter {
  private printer: Printer;
  private readonly comments: readonly Comment[];
  private readonly eol: string;
  readonly spans: StatementSpan[] = [];

  constructor(private readonly file: SysdFile, private readonly source: string) {
    this.comments = [...file.comments].sort((a, b) => a.offset - b.offset);
    this.eol = lineEndingOf(source, this.comments);
    this.printer = new Printer(source, this.comments, this.eol);
  }

  /**
   * One top-level statement (or the header) printed on its own: the same text the whole file's printing gives it, since
   * a statement starts on a line of its own at depth 0 and the comments before it are written before it starts.
   */
  alone(node: Statement | DesignDecl): string {
    this.printer = new Printer(this.source, this.comments, this.eol, firstCommentFrom(this.comments, node.offset));
    if (node.type === 'design') this.design(node);
    else this.statement(node, false);
    return this.printer.written;
  }

  /** The comments written inside a node, in order. */
  commentsWithin(node: Located): Comment[] {
    const within: Comment[] = [];
    for (let i = firstCommentFrom(this.comments, node.offset); i < this.comments.length && this.comments[i].end <= node.end; i++) within.push(this.comments[i]);
    return within;
  }

  /** The offset of the next `char` at or after `from`, skipping comments (punctuation has no node of its own). */
  private punct(char: string, from: number): number {
    const text = this.source;
    for (let i = from; i < text.length; i++) {
      if (text.startsWith('/*', i)) { const close = text.indexOf('*/', i + 2); if (close === -1) break; i = close + 1; continue; }
      if (text.startsWith('//', i)) { const eol = text.indexOf('\n', i); if (eol === -1) break; i = eol; continue; }
      if (text[i] === char) return i;
    }
    return from;
  }

  /**
   * Writes the comma between two pieces of an `@allow` list, found only in [from, before): the one before the reason is
   * optional, so searching further would take a comma of a later statement and pull the comments in between along.
   */
  private optionalComma(from: number, before: number): void {
    const at = this.punct(',', from);
    if (at < before && this.source[at] === ',') this.printer.piece(',', at, at + 1, 'none');
    else this.printer.piece(',', from, from, 'none');
  }

  /** Writes a punctuation character found in the source at or after `from`; returns the offset after it. */
  private punctPiece(char: string, from: number, separator: Separator): number {
    const at = this.punct(char, from);
    this.printer.piece(char, at, at + 1, separator);
    return at + 1;
  }

  run(): string {
    // The header is printed where it stands: after leading imports, or (misplaced, reported by the model) later still.
    const design = this.file.design;
    let designPending = design !== undefined;
    const printDesign = (decl: DesignDecl): void => {
      designPending = false;
      const outputStart = this.design(decl);
      this.spans.push({ sourceStart: decl.annotations[0]?.offset ?? decl.offset, sourceEnd: decl.end, outputStart, outputEnd: this.printer.length });
    };
    for (const statement of this.file.statements) {
      if (design && designPending && (design.annotations[0]?.offset ?? design.offset) < statement.offset) printDesign(design);
      const outputStart = this.statement(statement, true);
      this.spans.push({ sourceStart: statement.offset, sourceEnd: statement.end, outputStart, outputEnd: this.printer.length });
    }
    if (design && designPending) printDesign(design);
    return this.printer.finish();
  }

  private design(design: DesignDecl): number {
    let first: number | undefined;
    const begin = (text: string, from: number, to: number): void => {
      const at = this.printer.piece(text, from, to, 'line', first === undefined);
      first ??= at;
    };
    for (const annotation of design.annotations) this.annotation(annotation, begin);
    const at = this.printer.piece('design', design.offset, design.offset + 'design'.length, 'line', first === undefined);
    const start = first ?? at;
    if (design.title) this.string(design.title.value, design.title.offset, design.title.end);
    if (design.block) this.block(design.block);
    return start;
  }

  /** Prints one statement starting on its own line; returns where it starts in the output. */
  private statement(statement: Statement, blank: boolean): number {
    let start: number | undefined;
    const begin = (text: string, from: number, to: number): void => {
      const at = this.printer.piece(text, from, to, 'line', blank && start === undefined);
      start ??= at;
    };
    for (const annotation of statement.annotations) this.annotation(annotation, begin);
    switch (statement.type) {
      case 'scale':
        begin('scale', statement.keyword.offset, statement.keyword.end);
        this.block(statement.block);
        break;
      case 'import':
        begin('import', statement.keyword.offset, statement.keyword.end);
        if (statement.path) this.string(statement.path.value, statement.path.offset, statement.path.end);
        break;
      case 'component':
        begin(statement.kind, statement.kindToken.offset, statement.kindToken.end);
        this.printer.piece(statement.id.name, statement.id.offset, statement.id.end, 'space');
        if (statement.label) this.string(statement.label.value, statement.label.offset, statement.label.end);
        if (statement.block) this.block(statement.block);
        break;
      case 'group':
        begin('group', statement.keyword.offset, statement.keyword.end);
        this.group(statement);
        break;
      case 'connection':
        begin(statement.source.name, statement.source.offset, statement.source.end);
        this.connection(statement);
        break;
    }
    return start as number;
  }

  private annotation(annotation: Annotation, begin: (text: string, from: number, to: number) => void): void {
    begin('@', annotation.offset, annotation.offset + 1);
    const p = this.printer;
    p.piece(annotation.name.name, annotation.name.offset, annotation.name.end, 'none');
    if (annotation.args.length === 0 && !annotation.reason) {
      // `@allow()` keeps its parentheses: formatting never drops a token the user wrote.
      if (annotation.end > annotation.name.end) this.punctPiece(')', this.punctPiece('(', annotation.name.end, 'none'), 'none');
      return;
    }
    let after = this.punctPiece('(', annotation.name.end, 'none');
    annotation.args.forEach((arg, i) => {
      if (i > 0) this.optionalComma(after, arg.offset);
      p.piece(arg.name, arg.offset, arg.end, i > 0 ? 'space' : 'none');
      after = arg.end;
    });
    if (annotation.reason) {
      const reason = annotation.reason;
      if (annotation.args.length > 0) this.optionalComma(after, reason.offset);
      p.piece(encodeCanonical(reason.value), reason.offset, reason.end, annotation.args.length > 0 ? 'space' : 'none');
      after = reason.end;
    }
    this.punctPiece(')', after, 'none');
  }

  private group(group: GroupDecl): void {
    const p = this.printer;
    p.piece(group.id.name, group.id.offset, group.id.end, 'space');
    if (group.label) this.string(group.label.value, group.label.offset, group.label.end);
    const body = group.body as NonNullable<GroupDecl['body']>;
    if (group.statements.length === 0 && this.fitsOneLine(group.properties, body.offset, body.end)) {
      this.oneLine(group.properties, body.offset, body.end);
      return;
    }
    p.piece('{', body.offset, body.offset + 1, 'space');
    p.indent();
    const items: Array<Property | Statement> = [...group.properties, ...group.statements].sort((a, b) => a.offset - b.offset);
    items.forEach((item, i) => {
      if ('name' in item && !('type' in item)) this.property(item, 'line', i > 0);
      else this.statement(item as Statement, i > 0);
    });
    p.flushComments(body.end - 1);
    p.dedent();
    p.piece('}', body.end - 1, body.end, 'line');
  }

  private connection(connection: ConnectionStatement): void {
    const p = this.printer;
    for (const hop of connection.hops) {
      p.piece(ARROW_TEXT[hop.arrow.kind], hop.arrow.offset, hop.arrow.end, 'space');
      hop.targets.forEach((target, i) => {
        if (i > 0) this.punctPiece(',', hop.targets[i - 1].end, 'none');
        p.piece(target.name, target.offset, target.end, 'space');
      });
    }
    if (connection.label) {
      const last = connection.hops[connection.hops.length - 1];
      this.punctPiece(':', last.targets[last.targets.length - 1]?.end ?? last.arrow.end, 'space');
      this.string(connection.label.value, connection.label.offset, connection.label.end);
    }
    if (connection.block) this.block(connection.block);
  }

  private string(value: string, start: number, end: number, separator: Separator = 'space'): void {
    this.printer.piece(encodeCanonical(value), start, end, separator);
  }

  private block(block: Block): void {
    if (this.fitsOneLine(block.properties, block.offset, block.end)) {
      this.oneLine(block.properties, block.offset, block.end);
      return;
    }
    const p = this.printer;
    p.piece('{', block.offset, block.offset + 1, 'space');
    p.indent();
    block.properties.forEach((property, i) => this.property(property, 'line', i > 0));
    p.flushComments(block.end - 1);
    p.dedent();
    p.piece('}', block.end - 1, block.end, 'line');
  }

  /** `{ a: 1, b: 2 }` stays on one line when the author wrote it so, it is short, and no comment sits inside. */
  private fitsOneLine(properties: Property[], start: number, end: number): boolean {
    if (/[\r\n]/.test(this.source.slice(start, end))) return false;
    // A binary search, not a walk over every comment: a file of many blocks and comments formats in linear time.
    const next = this.comments[firstCommentFrom(this.comments, start)];
    if (next && next.offset < end) return false;
    if (properties.length > MAX_ONE_LINE_PROPERTIES) return false;
    return properties.every((property) => `${property.name.name}: ${this.valueText(property.value as Value)}`.length <= MAX_SHORT_PROPERTY);
  }

  private oneLine(properties: Property[], start: number, end: number): void {
    const p = this.printer;
    if (properties.length === 0) {
      p.piece('{}', start, end, 'space');
      return;
    }
    const inner = properties.map((property) => `${property.name.name}: ${this.valueText(property.value as Value)}`).join(', ');
    p.piece(`{ ${inner} }`, start, end, 'space');
  }

  private property(property: Property, separator: Separator, blank: boolean): void {
    const p = this.printer;
    p.piece(property.name.name, property.name.offset, property.name.end, separator, blank);
    this.punctPiece(':', property.name.end, 'none');
    this.value(property.value as Value, 'space');
  }

  private value(value: Value, separator: Separator): void {
    const p = this.printer;
    if (value.type !== 'list') {
      p.piece(this.valueText(value), value.offset, value.end, separator);
      return;
    }
    p.piece('[', value.offset, value.offset + 1, separator);
    value.items.forEach((item, i) => {
      if (i > 0) this.punctPiece(',', value.items[i - 1].end, 'none');
      this.value(item, i > 0 ? 'space' : 'none');
    });
    p.piece(']', value.end - 1, value.end, 'none');
  }

  /** Values as written (quantities keep their units), strings re-encoded, lists with canonical spacing. */
  private valueText(value: Value): string {
    switch (value.type) {
      case 'string': return encodeCanonical(value.value);
      case 'boolean': return value.value ? 'true' : 'false';
      case 'list': return `[${value.items.map((item) => this.valueText(item)).join(', ')}]`;
      case 'quantity': return value.quantity.text;
      default: return this.source.slice(value.offset, value.end);
    }
  }
}

/**
 * Only whitespace and comments between a `design` header (with its annotations) and the statement before it can be
 * rebuilt from the syntax tree.
 */
function headerIsClean(file: SysdFile, text: string): boolean {
  if (!file.design) return true;
  const header = file.design.annotations[0]?.offset ?? file.design.offset;
  let from = 0;
  for (const statement of file.statements) if (statement.end <= header) from = Math.max(from, statement.end);
  let rest = text.slice(from, header);
  for (const comment of file.comments) {
    if (comment.offset >= from && comment.end <= header) {
      const start = comment.offset - from;
      rest = rest.slice(0, start) + ' '.repeat(comment.end - comment.offset) + rest.slice(comment.end - from);
    }
  }
  return rest.trim() === '';
}

/** Whether the formatter can rebuild this file: no syntax errors, no second `design` header, a clean header. */
function formattable(file: SysdFile, text: string): boolean {
  return file.errors.length === 0 && file.extraDesigns.length === 0 && headerIsClean(file, text);
}

/**
 * Formats a parsed file without checking the result. Undefined when the file cannot be formatted
 * safely (syntax errors, or a second `design` header the tree keeps aside).
 */
export function formatFile(file: SysdFile, text: string): FormatResult | undefined {
  if (!formattable(file, text)) return undefined;
  const formatter = new Formatter(file, text);
  const formatted = formatter.run();
  return { text: formatted, spans: formatter.spans };
}

/** A piece of syntax tree without positions: what formatting must never change. */
function fingerprint(node: unknown): string {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'range' || key === 'offset' || key === 'end' || key === 'body' || key === 'errors') continue;
        out[key] = key === 'text' && typeof inner === 'string' ? inner.trimEnd() : strip(inner);
      }
      return out;
    }
    return value;
  };
  return JSON.stringify(strip(node));
}

/** The design a text describes, without positions: what formatting must never change. */
export function designFingerprint(file: SysdFile): string {
  return fingerprint(file);
}

/** The formatted text of an already parsed file, checked; undefined when it cannot (or need not) be formatted. */
export function formatDocument(file: SysdFile, text: string): string | undefined {
  const result = formatFile(file, text);
  if (!result || result.text === text) return undefined;
  // A safety net: never hand back text that parses to a different design.
  const after = parse(result.text);
  if (after.errors.length > 0 || designFingerprint(after) !== designFingerprint(file)) return undefined;
  return result.text;
}

/** The canonical formatting of a whole file; the text unchanged if it has syntax errors. */
export function formatText(text: string): string {
  return formatDocument(parse(text), text) ?? text;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** The smallest single replacement turning `before` into `after`, as offsets into `before`. */
export function minimalChange(before: string, after: string): { start: number; end: number; newText: string } | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  // Never split a CRLF pair: editors count it as one line break. Both texts share the moved character.
  if (prefix > 0 && before[prefix - 1] === '\r') prefix--;
  const end = before.length - suffix;
  if (suffix > 0 && before[end] === '\n' && before[end - 1] === '\r') suffix--;
  return { start: prefix, end: before.length - suffix, newText: after.slice(prefix, after.length - suffix) };
}

/** The smallest single edit turning `before` into `after` (keeps the cursor and undo history calm). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  const change = minimalChange(before, after);
  if (!change) return undefined;
  return { range: { start: positionAt(before, change.start), end: positionAt(before, change.end) }, newText: change.newText };
}

export { offsetAt, positionAt };

/**
 * Formats the top-level statements that overlap [start, end) (offsets), leaving the rest of the text alone.
 * Returns the edits, or [] when the file has syntax errors or is already formatted there.
 *
 * Only those statements are printed and re-parsed, so the cost follows the range, not the file (formatting the whole
 * file and re-parsing it for every range made range formatting of a 10,000-statement file take seconds).
 */
export function formatRangeEdits(file: SysdFile, text: string, start: number, end: number): TextEdit[] {
  if (!formattable(file, text)) return [];
  const touched = topLevelIn(file, start, end);
  if (touched.length === 0) return [];
  const formatter = new Formatter(file, text);
  const printed = touched.map((node) => ({ node, text: formatter.alone(node) }));
  if (!reparsesSame(formatter, printed)) return [];
  const edits: TextEdit[] = [];
  for (const { node, text: replacement } of printed) {
    // The source is rewritten from the start of the statement's line, so its indentation is fixed too.
    const sourceFrom = lineStartIfBlank(text, node.offset);
    if (text.slice(sourceFrom, node.end) === replacement) continue;
    edits.push({ range: { start: positionAt(text, sourceFrom), end: positionAt(text, node.end) }, newText: replacement });
  }
  return edits;
}

/** The top-level statements and the header that overlap [start, end], in source order (found by binary search). */
function topLevelIn(file: SysdFile, start: number, end: number): Array<Statement | DesignDecl> {
  const statements = file.statements;
  const found: Array<Statement | DesignDecl> = [];
  for (let i = firstNotBefore(statements, (statement) => statement.end < start); i < statements.length && statements[i].offset <= end; i++) found.push(statements[i]);
  const design = file.design;
  if (design && design.end >= start && design.offset <= end) {
    const at = found.findIndex((statement) => statement.offset > design.offset);
    found.splice(at === -1 ? found.length : at, 0, design);
  }
  return found;
}

/**
 * The safety net of range formatting: the printed statements, parsed together, are the same statements with the same
 * comments; otherwise no edit at all is offered.
 */
function reparsesSame(formatter: Formatter, printed: ReadonlyArray<{ node: Statement | DesignDecl; text: string }>): boolean {
  const after = parse(printed.map((p) => p.text).join('\n'));
  if (after.errors.length > 0 || after.extraDesigns.length > 0) return false;
  const nodes = printed.map((p) => p.node);
  const design = nodes.find((node): node is DesignDecl => node.type === 'design');
  const statements = nodes.filter((node): node is Statement => node.type !== 'design');
  const comments = nodes.flatMap((node) => formatter.commentsWithin(node));
  return fingerprint([after.design, after.statements, after.comments]) === fingerprint([design, statements, comments]);
}

/** The start of the line holding `offset` when only blanks precede it there, else `offset`. */
export function lineStartIfBlank(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' ? i : offset;
}
