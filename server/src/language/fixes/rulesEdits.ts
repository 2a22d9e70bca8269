// Text-edit primitives for quick fixes, computed from the syntax tree's positions alone (no text needed) in canonical layout.
import type { Block, Located, Position, Property, Range, SysdFile, Value } from '../ast';
import { encodeString } from '../strings';
import { applyEdits, endOf, type TextEdit } from '../textPositions';

export type { TextEdit };
export { applyEdits, endOf };

export const INDENT = '  ';

const at = (position: Position): Range => ({ start: position, end: position });
const spaces = (column: number) => ' '.repeat(column);

/** Where a declaration's block is, or where one would go (after its label or ID). */
export interface BlockSite {
  block?: Block;
  /** The last token before the block: the label, else the ID (or last target of a connection). */
  anchor: Located;
  /** Column of the statement, for the indentation of a multi-line block. */
  column: number;
}

/** The formatter (format.ts) keeps `{ … }` on one line only for this many short properties; fixes follow the same layout (the rule tests check the two agree). */
const MAX_ONE_LINE_PROPERTIES = 6;
const MAX_SHORT_PROPERTY = 40;

/** A value as the formatter writes it. */
export function valueText(value: Value): string {
  switch (value.type) {
    case 'quantity': return value.quantity.text;
    case 'string': return encodeString(value.value);
    case 'identifier': return value.name;
    case 'boolean': return String(value.value);
    case 'range': return `${value.min}..${value.max}`;
    case 'list': return `[${value.items.map(valueText).join(', ')}]`;
  }
}

function fitsOneLine(pairs: string[]): boolean {
  return pairs.length <= MAX_ONE_LINE_PROPERTIES && pairs.every((pair) => pair.length <= MAX_SHORT_PROPERTY);
}

/** `{ a: 1, b: 2 }`, or one property per line when that is too much for one line; `column` is the statement's. */
export function blockText(pairs: string[], column: number): string {
  if (fitsOneLine(pairs)) return pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`;
  return `{\n${pairs.map((pair) => `${spaces(column)}${INDENT}${pair}\n`).join('')}${spaces(column)}}`;
}

export const pairText = (property: Property) => `${property.name.name}: ${property.value ? valueText(property.value) : ''}`;

/**
 * Adds `name: value` pairs to a block, keeping its layout: a one-line `{ a: 1 }` becomes `{ a: 1, b: 2 }` (or is
 * expanded, one property per line, once it holds more than the formatter keeps on one line), a multi-line block gets
 * one line per property at its indentation, and no block becomes ` { b: 2 }`.
 */
export function addProperties(site: BlockSite, properties: Array<[string, string]>): TextEdit {
  const pairs = properties.map(([name, value]) => `${name}: ${value}`);
  const { block } = site;
  if (!block) return { range: at(site.anchor.range.end), newText: ` ${blockText(pairs, site.column)}` };
  const last = block.properties[block.properties.length - 1];
  if (block.range.start.line === block.range.end.line) {
    const all = [...block.properties.map(pairText), ...pairs];
    if (last && fitsOneLine(all)) return { range: at(last.range.end), newText: `, ${pairs.join(', ')}` };
    return { range: block.range, newText: blockText(all, site.column) };
  }
  const indent = last && last.range.start.line !== block.range.start.line ? spaces(last.range.start.character) : spaces(site.column) + INDENT;
  const position = last ? last.range.end : { line: block.range.start.line, character: block.range.start.character + 1 };
  return { range: at(position), newText: pairs.map((pair) => `\n${indent}${pair}`).join('') };
}

/** Replaces a property's value, or adds the property when it is absent. */
export function setProperty(site: BlockSite, existing: Property | undefined, name: string, value: string): TextEdit {
  if (existing?.value) return { range: existing.value.range, newText: value };
  return addProperties(site, [[name, value]]);
}

/** The end of the line's last piece from `end` on: past any comment trailing it, so an insertion never splits one off. */
export function pastTrailingComments(file: SysdFile, end: Position): Position {
  let past = end;
  for (const comment of file.comments) {
    if (comment.range.start.line === past.line && comment.range.start.character >= past.character) past = comment.range.end;
  }
  return past;
}

/** Inserts whole lines after a statement, at the statement's indentation. */
export function linesAfter(statement: Located, column: number, lines: string[]): TextEdit {
  return { range: at(statement.range.end), newText: lines.map((line) => `\n${spaces(column)}${line}`).join('') };
}

/** Inserts a line before a statement (annotations included), at its indentation. */
export function lineBefore(statement: Located, line: string): TextEdit {
  const start = statement.range.start;
  return { range: at({ line: start.line, character: 0 }), newText: `${spaces(start.character)}${line}\n` };
}

/** Deletes a statement with its line (and annotations), when it stands on lines of its own. */
export function deleteLines(statement: Located): TextEdit {
  return { range: { start: { line: statement.range.start.line, character: 0 }, end: { line: statement.range.end.line + 1, character: 0 } }, newText: '' };
}

