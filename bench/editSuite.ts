// The stability benchmark's edits: one new component and one connection, typed in different places of a design.
import { modelOfText, type Component } from '../server/src/language/model';
import { withOneMore } from '../server/src/diagram/stabilityCase';

export interface Edit { name: string; text: string }

const NEW = 'added-one';
const declaration = `service ${NEW} "Added service" { instances: 2 }`;

const appended = (text: string, connection: string) => `${text}\n${declaration}\n${connection}\n`;

/** The text with the new service declared just before `at` (so inside its group), connected from it. */
function insertedBefore(text: string, at: Component): string {
  const lines = text.split('\n');
  const line = at.idRange.start.line;
  const indent = /^\s*/.exec(lines[line])?.[0] ?? '';
  lines.splice(line, 0, `${indent}${declaration}`);
  return `${lines.join('\n')}\n${at.id} -> ${NEW} : "new call"\n`;
}

/**
 * Adding a component and one connection, five ways: called by the last component declared (what
 * stabilityCase.addOneComponent does), by the first, by the middle one; declared inside the group of a grouped
 * component and called by it; and calling the first component. Edits that do not apply to a design (no groups) are left out.
 */
export function editSuite(text: string): Edit[] {
  const components = modelOfText(text).components;
  if (components.length === 0) return [];
  const first = components[0];
  const middle = components[Math.floor(components.length / 2)];
  // A grouped component with no annotation above it (the new line must not take the annotation over).
  const grouped = components.filter((c) => c.group && c.annotations.length === 0);
  const inGroup = grouped[Math.floor(grouped.length / 2)];
  return [
    { name: 'last → new', text: withOneMore(text) },
    { name: 'first → new', text: appended(text, `${first.id} -> ${NEW} : "new call"`) },
    { name: 'middle → new', text: appended(text, `${middle.id} -> ${NEW} : "new call"`) },
    ...(inGroup ? [{ name: 'new in a group', text: insertedBefore(text, inGroup) }] : []),
    { name: 'new → first', text: appended(text, `${NEW} -> ${first.id} : "new call"`) },
  ];
}
