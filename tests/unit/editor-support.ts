// Shared helpers for editor-feature unit tests: analyse a text in memory and turn `|` markers into positions.
import { readFileSync } from 'node:fs';
import { analyze, type Analysis } from '../../server/src/language/analysis';
import type { Position } from '../../server/src/language/ast';

export const URI = 'file:///work/design.sysd';

export function analysisOf(text: string, uri = URI): Analysis {
  return analyze(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_from, path) => new URL(path, uri).href });
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/editor/${name}`, import.meta.url), 'utf8');
}

export { positionAt } from '../../server/src/language/textPositions';
import { positionAt } from '../../server/src/language/textPositions';

/** The position of the `nth` occurrence of `needle`, moved `shift` characters in. */
export function positionOf(text: string, needle: string, shift = 0, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset === -1) throw new Error(`'${needle}' not found`);
  }
  return positionAt(text, offset + shift);
}

/** Removes the `|` marker; returns the text and the marker's position. */
export function marked(text: string): { text: string; position: Position; offset: number } {
  const offset = text.indexOf('|');
  const clean = text.slice(0, offset) + text.slice(offset + 1);
  return { text: clean, position: positionAt(clean, offset), offset };
}
