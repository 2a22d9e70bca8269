// Where the cursor is, for completion: worked out from the tokens before it, so it works while the line is incomplete.
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import type { ArrowKind, ComponentKind, Position, Range, SysdFile } from './ast';
import { isComponentKind } from './ast';
import * as T from './lexer';
import { lex } from './lexer';
import type { Owner } from './schema';
import { offsetAt, positionAt } from './textPositions';

/** What may be typed at the cursor. `range` is the word being typed (empty at the cursor when there is none). */
export type CompletionSite = { range: Range; word: string } & (
  | { type: 'none' }
  /** Start of a statement; in a group body, `group` names it (group properties are valid there too). */
  | { type: 'statement'; topLevel: boolean; group?: string; present: string[] }
  | { type: 'property'; owner: Owner; present: string[]; component?: string }
  | { type: 'value'; owner: Owner; property: string; inList: boolean; present: string[]; component?: string }
  /** A number being typed: its digits and the unit typed so far. */
  | { type: 'unit'; number: string; unit: string; owner?: Owner; property?: string }
  | { type: 'target'; arrow: ArrowKind; source?: string; present: string[] }
  /** After a statement's first ID, where only an arrow fits. */
  | { type: 'arrow'; source: string }
  | { type: 'annotation' }
  | { type: 'rule'; present: string[] }
  /** Inside the string of an `import`: `range` and `word` are the path typed so far (quotes excluded). */
  | { type: 'importPath' }
);

type Frame =
  | { type: 'block'; owner: Owner; open: number; component?: string }
  | { type: 'group'; open: number; id?: string }
  /** A flow's body: its properties, and steps whose blocks hold step properties. */
  | { type: 'flow'; open: number }
  | { type: 'list'; open: number }
  | { type: 'paren'; open: number; allow: boolean };

const ARROWS: Array<[TokenType, ArrowKind]> = [[T.SyncArrow, 'sync'], [T.AsyncArrow, 'async'], [T.DuplexArrow, 'duplex']];

const is = (token: IToken | undefined, type: TokenType): boolean => token !== undefined && tokenMatcher(token, type);
const arrowOf = (token: IToken | undefined): ArrowKind | undefined => ARROWS.find(([type]) => is(token, type))?.[1];

export { offsetAt, positionAt };

const QUANTITY_BEFORE = /(?<![A-Za-z0-9_.])(-?\d[\d_]*(?:\.\d[\d_]*)?)([A-Za-z%]*(?:\/[A-Za-z]*)?)$/;
const NAME_BEFORE = /[A-Za-z_][A-Za-z0-9_-]*$/;

/** The owner of a `{` from the tokens before it: `KIND id "label" {`, `group id {`, `scale {`, `design "t" {`, or a connection. */
function frameFor(tokens: IToken[], open: number): Frame {
  let i = open - 1;
  if (is(tokens[i], T.StringLike)) i--;
  const before = tokens[i];
  if (is(before, T.Scale)) return { type: 'block', owner: 'scale', open };
  if (is(before, T.Design)) return { type: 'block', owner: 'design', open };
  if (is(before, T.Identifier)) {
    const keyword = tokens[i - 1];
    if (is(keyword, T.Group)) return { type: 'group', open, id: before.image };
    // `view` and `flow` are plain IDs to the lexer: a statement's first word followed by an ID and a `{`.
    if (keyword?.image === 'view' && is(keyword, T.Identifier) && !arrowOf(tokens[i - 2])) return { type: 'block', owner: 'view', open };
    if (keyword?.image === 'flow' && is(keyword, T.Identifier) && !arrowOf(tokens[i - 2])) return { type: 'flow', open };
    if (keyword && is(keyword, T.KindKeyword) && isComponentKind(keyword.image)) {
      return { type: 'block', owner: keyword.image as ComponentKind, open, component: before.image };
    }
  }
  return { type: 'block', owner: 'connection', open };
}

/** Property names already written in the block opened at `open` (before and after the cursor), minus the word being typed. */
function presentIn(tokens: IToken[], open: number, skipOffset: number, stopAtStatement: boolean): string[] {
  const names: string[] = [];
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const token = tokens[i];
    if (is(token, T.LCurly)) depth++;
    else if (is(token, T.RCurly)) { depth--; if (depth === 0) break; }
    // An unclosed block ends where the next statement starts.
    else if (stopAtStatement && depth === 1 && (is(token, T.KindKeyword) || is(token, T.Group) || is(token, T.Scale)) && !is(tokens[i + 1], T.Colon)) break;
    else if (depth === 1 && is(token, T.Name) && is(tokens[i + 1], T.Colon) && token.startOffset !== skipOffset) names.push(token.image);
  }
  return names;
}

/** Values already listed in the `[ … ]` opened at `open`. */
function listItems(tokens: IToken[], open: number, skipOffset: number): string[] {
  const items: string[] = [];
  for (let i = open + 1; i < tokens.length && !is(tokens[i], T.RSquare) && !is(tokens[i], T.RCurly); i++) {
    if (is(tokens[i], T.Name) && tokens[i].startOffset !== skipOffset) items.push(tokens[i].image);
  }
  return items;
}

/**
 * Lexes only the top-level statements around the cursor when the parse of this same text is at hand: a top-level
 * statement starts outside every block, so lexing from its first token gives the same tokens as lexing the whole file,
 * and a block left unclosed further up does not swallow the rest of the file.
 */
function lexAround(text: string, wordStart: number, offset: number, file: SysdFile | undefined): { tokens: IToken[]; comments: IToken[] } {
  if (!file) return lex(text);
  const starts = file.statements.map((s) => s.offset).filter((o) => o >= 0 && o <= text.length);
  // Not from the word being typed: the parser may have taken `tt` in `cache c { tt` for the start of a statement.
  const before = starts.filter((o) => o < wordStart);
  const after = starts.filter((o) => o > offset);
  const from = before.length > 0 ? before[before.length - 1] : 0;
  // The statement after the cursor is kept: a block left open at the cursor is scanned up to it.
  // Capped: only the rest of the current block matters after the cursor, and blocks are short.
  const to = Math.min(after.length > 1 ? after[1] : text.length, offset + AFTER_CURSOR);
  if (from === 0 && to === text.length) return lex(text);
  // From the text's line index (built once per text), not a count of the line breaks before the cursor.
  const { line: baseLine, character: baseColumn } = positionAt(text, from);
  const shift = (token: IToken): IToken => ({
    ...token,
    startOffset: token.startOffset + from,
    endOffset: (token.endOffset ?? token.startOffset) + from,
    startLine: (token.startLine ?? 1) + baseLine,
    endLine: (token.endLine ?? token.startLine ?? 1) + baseLine,
    startColumn: (token.startLine ?? 1) === 1 ? (token.startColumn ?? 1) + baseColumn : token.startColumn,
    endColumn: (token.endLine ?? 1) === 1 ? (token.endColumn ?? 1) + baseColumn : token.endColumn,
  });
  const lexed = lex(text.slice(from, to));
  return { tokens: lexed.tokens.map(shift), comments: lexed.comments.map(shift) };
}

const AFTER_CURSOR = 1500;

/** The completion site at `position`, from the text alone (the model supplies names later). */
export function completionSite(text: string, position: Position, file?: SysdFile): CompletionSite {
  const offset = offsetAt(text, position);
  const lineStart = offset - positionAt(text, offset).character;
  const linePrefix = text.slice(lineStart, offset);
  const quantity = QUANTITY_BEFORE.exec(linePrefix);
  const name = quantity ? null : NAME_BEFORE.exec(linePrefix);
  const typed = quantity?.[0] ?? name?.[0] ?? '';
  const wordStart = offset - typed.length;
  const { tokens, comments } = lexAround(text, wordStart, offset, file);

  const none = (range: Range, word = ''): CompletionSite => ({ type: 'none', range, word });
  const here: Range = { start: position, end: position };
  if (comments.some((c) => c.startOffset < offset && offset <= (c.endOffset ?? c.startOffset) + (c.tokenType === T.LineComment ? 1 : 0))) return none(here);
  const inString = tokens.findIndex((t) => is(t, T.StringLike) && t.startOffset < offset && (offset <= (t.endOffset ?? 0) || (t.tokenType === T.UnterminatedString && offset === (t.endOffset ?? 0) + 1)));
  if (inString !== -1) {
    const string = tokens[inString];
    if (!is(tokens[inString - 1], T.Import)) return none(here);
    // The path between the quotes: what is typed before the cursor plus the rest up to the closing quote.
    const contentStart = string.startOffset + 1;
    const contentEnd = string.tokenType === T.StringToken ? (string.endOffset ?? contentStart) : (string.endOffset ?? contentStart) + 1;
    return { type: 'importPath', range: { start: positionAt(text, contentStart), end: positionAt(text, contentEnd) }, word: text.slice(contentStart, offset) };
  }

  const after = text.slice(offset).match(quantity ? /^[A-Za-z0-9_%./]*/ : name ? /^[A-Za-z0-9_-]*/ : /^/)?.[0] ?? '';
  const range: Range = { start: positionAt(text, wordStart), end: positionAt(text, offset + after.length) };
  const word = typed + after;

  const prev = tokens.filter((t) => (t.endOffset ?? t.startOffset) < wordStart);
  const frames: Frame[] = [];
  prev.forEach((token, index) => {
    if (is(token, T.LCurly)) {
      const opened = frameFor(prev, index);
      // A `{` after a step inside a flow holds the step's properties.
      const inFlow = frames[frames.length - 1]?.type === 'flow';
      frames.push(inFlow && opened.type === 'block' && opened.owner === 'connection' ? { ...opened, owner: 'step' } : opened);
    }
    else if (is(token, T.LSquare)) frames.push({ type: 'list', open: index });
    else if (is(token, T.LParen)) frames.push({ type: 'paren', open: index, allow: is(prev[index - 2], T.At) && prev[index - 1]?.image === 'allow' });
    else if (is(token, T.RCurly)) closeFrame(frames, ['block', 'group', 'flow']);
    else if (is(token, T.RSquare)) closeFrame(frames, ['list']);
    else if (is(token, T.RParen)) closeFrame(frames, ['paren']);
  });
  const frame = frames[frames.length - 1];
  const p1 = prev[prev.length - 1];
  const p2 = prev[prev.length - 2];
  const wordLine = range.start.line;
  const onEarlierLine = (token: IToken | undefined) => token !== undefined && (token.endLine ?? 1) - 1 < wordLine;
  // `prev` is a prefix of `tokens`, so frame indices hold in both; the word being typed is not "present".
  const skip = wordStart;

  if (frame?.type === 'paren') {
    if (!frame.allow) return none(range, word);
    const present = prev.slice(frame.open + 1).filter((t) => is(t, T.Name)).map((t) => t.image);
    return { type: 'rule', range, word, present };
  }

  // A value: after `name:` in a block or a group body, or inside a list value.
  const valueOf = (propertyToken: IToken | undefined, owner: Owner, inList: boolean, present: string[], component?: string): CompletionSite | undefined => {
    if (!propertyToken || !is(propertyToken, T.Name)) return undefined;
    if (quantity) return { type: 'unit', range, word, number: quantity[1], unit: quantity[2], owner, property: propertyToken.image };
    return { type: 'value', range, word, owner, property: propertyToken.image, inList, present, component };
  };
  if (frame?.type === 'list') {
    const colon = prev[frame.open - 1];
    const outer = frames[frames.length - 2];
    const owner: Owner = outer?.type === 'block' ? outer.owner : outer?.type === 'group' ? 'group' : outer?.type === 'flow' ? 'flow' : 'connection';
    if (!is(colon, T.Colon)) return none(range, word);
    return valueOf(prev[frame.open - 2], owner, true, listItems(tokens, frame.open, skip), outer?.type === 'block' ? outer.component : undefined) ?? none(range, word);
  }
  if (is(p1, T.Colon) && frame) {
    const owner: Owner = frame.type === 'block' ? frame.owner : frame.type === 'flow' ? 'flow' : 'group';
    const site = valueOf(p2, owner, false, [], frame.type === 'block' ? frame.component : undefined);
    if (site) return site;
  }
  if (quantity) {
    // A bare number that is not a property value (e.g. `dau 10` with its ':' missing) still gets units.
    return { type: 'unit', range, word, number: quantity[1], unit: quantity[2] };
  }

  if (frame?.type === 'block') {
    // `{ ttl |` waits for ':'; anything else in a block is a place for a property name.
    if (is(p1, T.Name) && !is(p2, T.Colon) && !onEarlierLine(p1) && !is(p1, T.True) && !is(p1, T.False)) return none(range, word);
    return { type: 'property', range, word, owner: frame.owner, present: presentIn(tokens, frame.open, skip, true), component: frame.component };
  }

  // Statement level: the top of the file or a group body.
  if (is(p1, T.At)) return { type: 'annotation', range, word };
  const arrow = arrowOf(p1) ?? (is(p1, T.Comma) ? chainArrow(prev) : undefined);
  if (arrow) {
    const present = connectionTokens(prev).filter((t) => is(t, T.Identifier)).map((t) => t.image);
    return { type: 'target', range, word, arrow, source: present[0], present };
  }
  // At the start of a line in a flow: a flow property (a step starts with an ID, which the property names do not hide).
  if (frame?.type === 'flow') {
    if (is(p1, T.Name) && !onEarlierLine(p1)) return none(range, word);
    return { type: 'property', range, word, owner: 'flow', present: presentIn(tokens, frame.open, skip, true) };
  }
  const last = prev.length - 1;
  /** A statement starts after `token` (the end of the previous one, a group's `{`, a new line). */
  const endsStatement = (token: IToken | undefined, index: number) => token === undefined || is(token, T.RCurly) || is(token, T.Semicolon) || is(token, T.RParen) ||
    (is(token, T.LCurly) && frame?.type === 'group') ||
    (onEarlierLine(token) && !kindWordAt(prev, index) && !is(token, T.Group) && !is(token, T.Import) && !is(token, T.Design) && !is(token, T.Scale) && !is(token, T.Colon) && !is(token, T.At));
  if (endsStatement(p1, last)) {
    const group = frame?.type === 'group' ? frame : undefined;
    return { type: 'statement', range, word, topLevel: frame === undefined, group: group?.id, present: group ? presentIn(tokens, group.open, skip, false) : [] };
  }
  // `api |`: an ID that starts a statement is the source of a connection, so an arrow comes next (`cdn |` declares).
  if (word === '' && is(p1, T.Identifier) && !kindWordAt(prev, last) && !onEarlierLine(p1) && endsStatement(p2, last - 1)) return { type: 'arrow', range, word, source: p1.image };
  return none(range, word);
}

/**
 * Whether `tokens[index]` is a kind name read as a kind (`cdn` in `cdn edge`), not as an ID: after an arrow, a comma,
 * a colon, `[`, `group` or another kind it names a component (`web -> cdn`, `cdn cdn`).
 */
function kindWordAt(tokens: IToken[], index: number): boolean {
  let count = 0;
  // A run of kind names alternates kind, ID, kind, …; what comes before the run decides where it starts.
  while (index - count >= 0 && is(tokens[index - count], T.KindKeyword)) count++;
  if (count === 0) return false;
  const before = tokens[index - count];
  const reference = before !== undefined && (arrowOf(before) !== undefined || is(before, T.Comma) || is(before, T.Colon) || is(before, T.LSquare) || is(before, T.Group));
  return reference ? count % 2 === 0 : count % 2 === 1;
}

/** The arrow a `a -> b, |` target list follows. */
function chainArrow(prev: IToken[]): ArrowKind | undefined {
  for (let i = prev.length - 1; i >= 0; i--) {
    const arrow = arrowOf(prev[i]);
    if (arrow) return arrow;
    if (!is(prev[i], T.Identifier) && !is(prev[i], T.Comma)) return undefined;
  }
  return undefined;
}

/** The tokens of the connection statement that ends the prefix: its source, arrows, targets and commas. */
function connectionTokens(prev: IToken[]): IToken[] {
  let start = prev.length;
  for (let i = prev.length - 1; i >= 0; i--) {
    const token = prev[i];
    if (!is(token, T.Identifier) && !is(token, T.Comma) && !arrowOf(token)) break;
    // Two IDs in a row: the earlier one ends the previous statement (`a -> b` then `c -> |`).
    if (is(token, T.Identifier) && is(prev[i + 1], T.Identifier)) break;
    start = i;
  }
  return prev.slice(start);
}

/** Closes the innermost frame of one of `types`, dropping unclosed lists or parens inside it. */
function closeFrame(frames: Frame[], types: Array<Frame['type']>): void {
  for (let i = frames.length - 1; i >= 0; i--) {
    if (types.includes(frames[i].type)) { frames.length = i; return; }
    if (frames[i].type === 'block' || frames[i].type === 'group' || frames[i].type === 'flow') return;
  }
}
