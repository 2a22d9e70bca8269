// What the formatter may change in a text, written as the token sequence it must keep (the fuzzer compares before/after).
import { lex } from '../../server/src/language/lexer';
import { decodeString } from '../../server/src/language/strings';

/**
 * The user's text as the formatter must keep it, one entry per token or comment in source order:
 * - whitespace and line endings are the formatter's to choose (not in the sequence at all);
 * - `,` and `;` between properties and `,` before an `@allow` reason are separators it may add or drop, so no
 *   comma or semicolon is in the sequence (commas that separate targets, list items and rule ids are still
 *   checked through the tokens around them: dropping one would merge two tokens into a syntax error);
 * - a string may be re-escaped (`"\u{41}"` → `"A"`), so strings compare by their decoded value;
 * - a line comment may lose trailing blanks; a block comment is kept to the character;
 * - everything else (words, quantities as written, arrows, braces, `@`, `:`) is kept exactly, in order.
 */
export function keptTokens(text: string): string[] {
  const { tokens, comments } = lex(text);
  return [...tokens, ...comments]
    .sort((a, b) => a.startOffset - b.startOffset)
    .filter((token) => token.image !== ',' && token.image !== ';')
    .map((token) => {
      const name = token.tokenType.name;
      if (name === 'String' || name === 'UnterminatedString') return `string ${JSON.stringify(decodeString(token.image).value)}`;
      if (name === 'LineComment') return token.image.trimEnd();
      return token.image;
    });
}

/** The first place two token sequences differ, for a readable failure; undefined when they are the same. */
export function firstDifference(before: readonly string[], after: readonly string[]): string | undefined {
  const length = Math.max(before.length, after.length);
  for (let i = 0; i < length; i++) {
    if (before[i] !== after[i]) {
      return `token ${i}: before ${JSON.stringify(before.slice(Math.max(0, i - 3), i + 3))}, after ${JSON.stringify(after.slice(Math.max(0, i - 3), i + 3))}`;
    }
  }
  return undefined;
}
