// Bugs the fuzzer found that are reported (.agents/lead-inbox.md) but not fixed yet: each matches only its own failure, is counted and printed, and goes once fixed.
import { lex } from '../../server/src/language/lexer';
import { parse } from '../../server/src/language/parser';

export interface KnownBug {
  id: string;
  /** Where it is reported and what would fix it. */
  note: string;
  /** True only when this failure on this text is that bug (checked after a failure, so it may be slow). */
  matches(message: string, text: string): boolean;
}

function hasNaN(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (!value || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((inner) => hasNaN(inner, seen));
}

/** An `@allow(…)` whose parentheses hold anything but `ID {, ID} [[,] STRING]`. */
function hasMalformedAllow(text: string): boolean {
  const file = parse(text);
  const annotations = [...file.statements.flatMap(function all(s): typeof s.annotations {
    return [...s.annotations, ...(s.type === 'group' ? s.statements.flatMap(all) : [])];
  })];
  return annotations.some((annotation) => {
    const inside = lex(text.slice(annotation.name.end, annotation.end)).tokens.map((t) => t.tokenType.name);
    const shape = inside.map((name) => (name === 'String' ? 'S' : name === 'Comma' ? ',' : name === 'LParen' ? '(' : name === 'RParen' ? ')' : 'I')).join('');
    return shape !== '' && !/^\((I(,I)*(,?S)?|S)?\)$/.test(shape);
  });
}

export const KNOWN_BUGS: readonly KnownBug[] = [
  {
    id: 'import-path-invalid-url',
    note: 'lead inbox 17:25 (fuzz helper) #1: `import "http://["` makes host.resolve (new URL) throw out of buildModel',
    matches: (message, text) => message === 'Invalid URL' && text.includes('import'),
  },
  {
    id: 'recovered-block-nan-range',
    note: 'lead inbox 17:25 (fuzz helper) #2: a block whose `{` recovery inserted (`scale scale`) has NaN positions',
    matches: (message, text) => message.includes('"line":null') && hasNaN(parse(text)),
  },
  {
    id: 'unterminated-comment-end',
    note: 'lead inbox 17:25 (fuzz helper) #3: an unterminated /* … ending in a line break ends past its line (lexer tokenEnd)',
    matches: (message, text) => message.startsWith('selection range') &&
      lex(text).comments.some((c) => c.tokenType.name === 'UnterminatedComment' && /[\r\n]$/.test(c.image)),
  },
  {
    id: 'malformed-allow-accepted',
    note: 'lead inbox 17:25 (fuzz helper) #4: the parser accepts `@allow(a b)`, `@allow(a, "r" b)`, `@allow(a, "r", "s")` without an error, so formatting reorders or drops them',
    matches: (message, text) => message.startsWith("formatting changed the user's tokens") && hasMalformedAllow(text),
  },
];

/** The known bug a failure is, if any. */
export function knownBugOf(error: unknown, text: string): KnownBug | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return KNOWN_BUGS.find((bug) => bug.matches(message, text));
}
