// Renaming a component or group: every occurrence (connections, `dlq:` values) in every file of the design.
import type { Position, Range } from './ast';
import { RESERVED_WORDS } from './lexer';
import { describeElement, type DesignModel } from './model';
import { occurrencesAcross, referenceAt } from './navigation';

/** spec/language.md, "Identifier": letters, digits, `_`, and inner `-` (kebab-case). */
export const IDENTIFIER_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*$/;


export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

export interface RenameEdit {
  uri: string;
  range: Range;
  newText: string;
}

/** Whether the thing at `position` can be renamed: its range and current name, or why not. */
export function prepareRename(model: DesignModel, uri: string, position: Position): Result<{ range: Range; name: string }> {
  const reference = referenceAt(model, uri, position);
  if (!reference) return { ok: false, message: 'Only component and group IDs can be renamed.' };
  if (!reference.target) return { ok: false, message: `'${reference.name}' is not declared anywhere in this design, so there is nothing to rename.` };
  return { ok: true, value: { range: reference.range, name: reference.name } };
}

/** Why `name` cannot be an ID, or undefined when it can. */
export function invalidIdentifier(name: string): string | undefined {
  if (RESERVED_WORDS.includes(name)) return `'${name}' is a keyword and cannot be used as an ID.`;
  if (!IDENTIFIER_PATTERN.test(name)) {
    return `'${name}' is not a valid ID: use letters, digits and '_', optionally joined by '-' (e.g. 'clicks-dlq'), starting with a letter or '_'.`;
  }
  return undefined;
}

/**
 * The edits renaming the ID at `position` to `newName`. `models` are other designs that may use it (open files
 * that import the declaring file); their occurrences are renamed too. `@allow(...)` rule ids are never touched.
 */
export function rename(model: DesignModel, uri: string, position: Position, newName: string, models: DesignModel[] = []): Result<RenameEdit[]> {
  const prepared = prepareRename(model, uri, position);
  if (!prepared.ok) return prepared;
  const target = referenceAt(model, uri, position)?.target;
  if (!target) return { ok: false, message: 'Only component and group IDs can be renamed.' };
  if (newName === target.id) return { ok: true, value: [] };
  const invalid = invalidIdentifier(newName);
  if (invalid) return { ok: false, message: invalid };
  for (const design of [model, ...models]) {
    const existing = design.elements.get(newName) ?? design.viewById.get(newName) ?? design.flowById.get(newName);
    if (existing) {
      const kind = describeElement(existing);
      return { ok: false, message: `'${newName}' is already the ID of a ${kind}${existing.uri === uri ? ` on line ${existing.idRange.start.line + 1}` : ''}: IDs are unique across the design.` };
    }
  }
  const edits = occurrencesAcross(target, [model, ...models]).map((r) => ({ uri: r.uri, range: r.range, newText: newName }));
  return { ok: true, value: edits };
}
