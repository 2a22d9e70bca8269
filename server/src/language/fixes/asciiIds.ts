// The quick fix for a non-ASCII ID: rename it to the suggested ASCII ID, every occurrence in the file.
import type { Diagnostic } from '../diagnostics';
import type { DesignModel } from '../model';
import type { SchemaFix } from './schema';

export function renameToAsciiFixes(model: DesignModel, diagnostic: Diagnostic): SchemaFix[] {
  const name = diagnostic.data?.name;
  const suggestion = diagnostic.data?.suggestion;
  if (typeof name !== 'string' || typeof suggestion !== 'string') return [];
  // Fixes edit the diagnostic's file; another file of the design that uses the ID gets its own error and fix, with the same suggestion.
  const edits = model.references
    .filter((reference) => reference.uri === diagnostic.uri && reference.name === name)
    .map((reference) => ({ range: reference.range, newText: suggestion }));
  return [{ title: `Rename '${name}' to '${suggestion}'`, edits, isPreferred: true }];
}
