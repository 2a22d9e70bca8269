// Caps how deep braces and brackets may nest before parsing, so no recursive pass can overflow the stack.
import type { IToken } from 'chevrotain';
import type { SyntaxError } from './ast';
import { LCurly, LSquare, RCurly, RSquare, tokenRange } from './lexer';

/**
 * Groups within groups, a block, a list: real designs use a handful of levels. The parser, the resolver, the
 * formatter and the layout all recurse once per level, and a few hundred levels overflow Node's stack.
 */
export const MAX_NESTING = 64;

/**
 * The tokens with everything nested deeper than MAX_NESTING left out (what lies between a too-deep opener and its
 * matching closer, or the end of the file), and one error for each part left out.
 */
export function limitNesting(tokens: IToken[]): { tokens: IToken[]; errors: SyntaxError[] } {
  let depth = 0;
  let deepest = 0;
  for (const token of tokens) {
    if (token.tokenType === LCurly || token.tokenType === LSquare) deepest = Math.max(deepest, ++depth);
    else if ((token.tokenType === RCurly || token.tokenType === RSquare) && depth > 0) depth--;
  }
  if (deepest <= MAX_NESTING) return { tokens, errors: [] };

  const kept: IToken[] = [];
  const errors: SyntaxError[] = [];
  depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const opens = token.tokenType === LCurly || token.tokenType === LSquare;
    if (opens && depth === MAX_NESTING) {
      errors.push({
        message: `Nested more than ${MAX_NESTING} levels deep: sysd skips everything inside this '${token.image}'. Flatten the groups.`,
        range: tokenRange(token),
      });
      // Keep the opener and its matching closer, so the parser sees an empty group or list; skip what is between.
      kept.push(token);
      let inner = 1;
      for (i++; i < tokens.length; i++) {
        const type = tokens[i].tokenType;
        if (type === LCurly || type === LSquare) inner++;
        else if ((type === RCurly || type === RSquare) && --inner === 0) { kept.push(tokens[i]); break; }
      }
      continue;
    }
    if (opens) depth++;
    else if ((token.tokenType === RCurly || token.tokenType === RSquare) && depth > 0) depth--;
    kept.push(token);
  }
  return { tokens: kept, errors };
}
