// Chevrotain tokens for .sysd and the lexing entry point (tokens declared once, used by the parser).
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import type { Position, Range, SyntaxError } from './ast';
import { COMPONENT_KINDS } from './ast';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\uFEFF]+/, group: Lexer.SKIPPED });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\r\n]*/, group: 'comments' });
export const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, line_breaks: true, group: 'comments' });
export const UnterminatedComment = createToken({ name: 'UnterminatedComment', pattern: /\/\*[\s\S]*/, line_breaks: true, group: 'comments' });

/** Both closed and unterminated strings parse as strings; the lexer reports the unterminated ones. */
export const StringLike = createToken({ name: 'StringLike', pattern: Lexer.NA });
export const StringToken = createToken({ name: 'String', pattern: /"(?:[^"\\\r\n]|\\.)*"/, categories: [StringLike] });
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: /"(?:[^"\\\r\n]|\\.)*/, categories: [StringLike] });

export const DuplexArrow = createToken({ name: 'DuplexArrow', pattern: /<->/ });
export const SyncArrow = createToken({ name: 'SyncArrow', pattern: /->/ });
export const AsyncArrow = createToken({ name: 'AsyncArrow', pattern: /~>/ });

/** `2..20`: one token, integers only. */
export const RangeToken = createToken({ name: 'Range', pattern: /-?\d[\d_]*\.\.-?\d[\d_]*/ });
/**
 * A number with an optional unit suffix; the suffix is validated by quantities.ts, not here. The micro signs are
 * there so `5µs` is one quantity with an unknown unit rather than `5` and a word that starts with a letter.
 */
export const QuantityToken = createToken({
  name: 'Quantity',
  pattern: /-?\d[\d_]*(?:\.\d[\d_]*)?(?:[A-Za-z%\u00B5\u03BC]+)?(?:\/[A-Za-z]+)?/,
});

/**
 * A word in any script. IDs are ASCII (spec, "Identifier"), but `café` lexed as `caf` + an error cut the declaration
 * apart and lost its block; as one token it parses as written, and the model reports the ID with an ASCII suggestion
 * (asciiIds.ts). Sticky and `u` (for `\p{…}`): chevrotain cannot analyse a unicode pattern for its first-character
 * optimisation, so this is a custom pattern with the characters it may start with.
 */
const WORD = /[\p{L}_][\p{L}\p{M}\p{N}_]*(?:-[\p{L}\p{M}\p{N}_]+)*/uy;

function matchWord(text: string, offset: number): RegExpExecArray | null {
  WORD.lastIndex = offset;
  return WORD.exec(text);
}

/** ASCII letters and `_` one by one; above ASCII every UTF-16 unit (chevrotain buckets them, so the list stays cheap). */
const WORD_START: number[] = [95];
for (let code = 65; code <= 122; code++) if (code <= 90 || code >= 97) WORD_START.push(code);
for (let code = 0x80; code <= 0xffff; code++) WORD_START.push(code);

/** Identifiers and keywords: anything usable as a property name or a bare value. */
export const Name = createToken({ name: 'Name', pattern: Lexer.NA });
export const Identifier = createToken({
  name: 'Identifier',
  pattern: { exec: matchWord },
  start_chars_hint: WORD_START,
  line_breaks: false,
  categories: [Name],
});

/**
 * Keywords are lexed as identifiers and then looked up by their text (`lex` below): one regular expression per word
 * instead of trying every keyword that starts with the same letter. `service-a` stays an identifier, as the
 * identifier pattern takes the whole word.
 */
const keywordsByText = new Map<string, TokenType>();
const reserved: string[] = [];
/** Words never usable as an ID (spec, "Lexical rules"): `design`, `scale`, `group`, `import`, `true`, `false`. */
export const RESERVED_WORDS: readonly string[] = reserved;

function keyword(word: string, extraCategories: TokenType[] = []): TokenType {
  const type = createToken({ name: `Kw_${word}`, pattern: Lexer.NA, categories: [Name, ...extraCategories] });
  keywordsByText.set(word, type);
  if (extraCategories.includes(Keyword)) reserved.push(word);
  return type;
}

/** The category of the reserved words. */
export const Keyword = createToken({ name: 'Keyword', pattern: Lexer.NA });
export const KindKeyword = createToken({ name: 'KindKeyword', pattern: Lexer.NA });
export const Design = keyword('design', [Keyword]);
export const Scale = keyword('scale', [Keyword]);
export const Group = keyword('group', [Keyword]);
export const Import = keyword('import', [Keyword]);
export const True = keyword('true', [Keyword]);
export const False = keyword('false', [Keyword]);
/**
 * Kind names are IDs too wherever an ID fits (`cdn cdn "CDN"`, `web -> cdn`): each is in the Identifier category, so
 * every `CONSUME(Identifier)` takes it, and only the statement rule reads one as a kind (a kind followed by an ID).
 */
export const kindTokens: TokenType[] = COMPONENT_KINDS.map((kind) => keyword(kind, [Identifier, KindKeyword]));

export const LCurly = createToken({ name: 'LCurly', pattern: /{/, label: "'{'" });
export const RCurly = createToken({ name: 'RCurly', pattern: /}/, label: "'}'" });
export const LSquare = createToken({ name: 'LSquare', pattern: /\[/, label: "'['" });
export const RSquare = createToken({ name: 'RSquare', pattern: /]/, label: "']'" });
export const LParen = createToken({ name: 'LParen', pattern: /\(/, label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: /\)/, label: "')'" });
export const Colon = createToken({ name: 'Colon', pattern: /:/, label: "':'" });
export const Comma = createToken({ name: 'Comma', pattern: /,/, label: "','" });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;/, label: "';'" });
export const At = createToken({ name: 'At', pattern: /@/, label: "'@'" });

export const allTokens: TokenType[] = [
  WhiteSpace, LineComment, BlockComment, UnterminatedComment,
  StringLike, StringToken, UnterminatedString,
  DuplexArrow, SyncArrow, AsyncArrow,
  RangeToken, QuantityToken,
  Keyword, KindKeyword, Design, Scale, Group, Import, True, False, ...kindTokens,
  Name, Identifier,
  LCurly, RCurly, LSquare, RSquare, LParen, RParen, Colon, Comma, Semicolon, At,
];

const sysdLexer = new Lexer(allTokens, { positionTracking: 'full', ensureOptimizations: false });

export interface LexResult {
  tokens: IToken[];
  comments: IToken[];
  errors: SyntaxError[];
}

/**
 * Positions are stored as small integers (`| 0`). Chevrotain's token fields may hold boxed numbers; copied as they
 * are, every line and character in the AST became a heap-allocated number (about a third of a large design's memory).
 */
export function tokenStart(token: IToken): Position {
  return { line: ((token.startLine ?? 1) - 1) | 0, character: ((token.startColumn ?? 1) - 1) | 0 };
}

/** Just past the token's last character (the start of the next line when it ends with a line break). */
export function tokenEnd(token: IToken): Position {
  // Only an unterminated block comment can end with a line break; chevrotain puts its end on the break itself.
  const last = token.image.charCodeAt(token.image.length - 1);
  if ((last === 10 || last === 13) && token.endLine !== undefined) return { line: token.endLine | 0, character: 0 };
  return {
    line: ((token.endLine ?? token.startLine ?? 1) - 1) | 0,
    character: (token.endColumn ?? (token.startColumn ?? 1) - 1 + token.image.length) | 0,
  };
}

export function tokenRange(token: IToken): Range {
  return { start: tokenStart(token), end: tokenEnd(token) };
}

export function lex(text: string): LexResult {
  const result = sysdLexer.tokenize(text);
  const errors: SyntaxError[] = result.errors.map((error) => {
    const line = (error.line ?? 1) - 1;
    const character = (error.column ?? 1) - 1;
    const bad = text.substr(error.offset, error.length);
    return {
      message: `Unexpected character${bad.length > 1 ? 's' : ''} '${bad}'.`,
      range: { start: { line, character }, end: { line, character: character + Math.max(1, error.length) } },
    };
  });
  const comments = result.groups.comments ?? [];
  for (const comment of comments) {
    if (comment.tokenType === UnterminatedComment) {
      const start = tokenRange(comment).start;
      errors.push({
        message: "Unterminated block comment: add '*/' to close it.",
        range: { start, end: { line: start.line, character: start.character + 2 } },
      });
    }
  }
  for (const token of result.tokens) {
    if (token.tokenType === Identifier) {
      const type = keywordsByText.get(token.image);
      if (type) { token.tokenType = type; token.tokenTypeIdx = type.tokenTypeIdx as number; }
    } else if (token.tokenType === UnterminatedString) {
      errors.push({ message: 'Unterminated string: add the closing \'"\' on the same line.', range: tokenRange(token) });
    }
  }
  return { tokens: result.tokens, comments, errors };
}
