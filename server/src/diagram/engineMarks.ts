// Which product mark a component shows beside its kind icon: its `engine`, else its `provider`, when sysd bundles that mark.
import WORDS from './engineMarks.json';
import { MARKS } from './engineMarks.generated';

export interface EngineMark {
  /** The simple-icons slug. */
  slug: string;
  /** The product's name, for the mark's tooltip. */
  title: string;
  /** The mark's SVG path in a 24×24 box. */
  path: string;
}

const SLUG_OF = new Map(Object.entries(WORDS as Record<string, string>).filter(([word]) => !word.startsWith('$')));

/** `Google Cloud`, `google-cloud` and `googlecloud` are one word; `aws s3` or `Redis 7` are read by their first word too. */
function markOfWord(text: string): EngineMark | undefined {
  const lower = text.toLowerCase();
  for (const word of [lower.replace(/[^a-z0-9]/g, ''), lower.split(/[^a-z0-9]+/).find(Boolean) ?? '']) {
    const slug = SLUG_OF.get(word);
    const mark = slug ? MARKS[slug] : undefined;
    if (slug && mark) return { slug, ...mark };
  }
  return undefined;
}

/** The mark for a component's properties as written (`engine: postgres`, `provider: "Cloudflare"`), if any. */
export function engineMarkOf(facts: ReadonlyArray<readonly [string, string]>): EngineMark | undefined {
  for (const name of ['engine', 'provider']) {
    const value = facts.find(([property]) => property === name)?.[1];
    const mark = value ? markOfWord(value) : undefined;
    if (mark) return mark;
  }
  return undefined;
}
