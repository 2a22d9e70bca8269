// Quick fixes for the core's own errors (schema, placement): take the did-you-mean suggestion, declare the missing component, move the header, rename a non-ASCII ID.
import type { ArrowKind, ComponentKind, Located, Position, Range, Statement, SysdFile } from '../ast';
import type { Diagnostic } from '../diagnostics';
import { rangeContains } from '../locate';
import type { DesignModel } from '../model';
import { NON_ASCII_ID } from '../asciiIds';
import { renameToAsciiFixes } from './asciiIds';
import { moveDesignFixes } from './design';
import { connectStepFixes } from './flows';
import { pastTrailingComments } from './rulesEdits';

export interface SchemaTextEdit {
  range: Range;
  newText: string;
}

export interface SchemaFix {
  title: string;
  /** Edits in the diagnostic's file. */
  edits: SchemaTextEdit[];
  isPreferred?: boolean;
}

export const SCHEMA_FIXABLE = ['unknown-property', 'unresolved-reference', 'unknown-enum-value'] as const;

/** Kinds worth offering for a name used at each place: what usually sits at either end of such an arrow. */
const KINDS_FOR: Record<'dlq' | `${ArrowKind}-${'source' | 'target'}`, readonly ComponentKind[]> = {
  dlq: ['queue', 'topic'],
  'sync-source': ['client', 'service', 'gateway', 'loadbalancer', 'worker', 'function'],
  'sync-target': ['service', 'database', 'cache', 'storage', 'search', 'gateway', 'loadbalancer', 'external', 'function'],
  'async-source': ['service', 'worker', 'function', 'queue', 'topic'],
  'async-target': ['queue', 'topic', 'worker', 'function', 'service'],
  'duplex-source': ['client', 'service', 'gateway', 'database'],
  'duplex-target': ['service', 'gateway', 'client', 'database'],
};

function allStatements(statements: Statement[]): Statement[] {
  return statements.flatMap((s) => (s.type === 'group' ? [s, ...allStatements(s.statements)] : [s]));
}

/** Which end of which arrow the unresolved name at `range` is, or `dlq` for a property reference. */
function placeOf(file: SysdFile, model: DesignModel, uri: string, range: Range): keyof typeof KINDS_FOR | undefined {
  const reference = model.references.find((r) => r.uri === uri && !r.declaration && rangeContains(range, r.range.start) && rangeContains(range, r.range.end));
  if (reference?.context === 'property') return 'dlq';
  for (const statement of allStatements(file.statements)) {
    if (statement.type !== 'connection' || !rangeContains(statement.range, range.start)) continue;
    if (rangeContains(statement.source.range, range.start) && statement.hops[0]) return `${statement.hops[0].arrow.kind}-source`;
    for (let i = 0; i < statement.hops.length; i++) {
      const hop = statement.hops[i];
      if (!hop.targets.some((t) => rangeContains(t.range, range.start))) continue;
      // In `a -> b ~> c`, `b` is the target of `->` and the source of `~>`: the arrow into it decides.
      return `${hop.arrow.kind}-target`;
    }
  }
  return undefined;
}

/**
 * After the last top-level component (and any comment trailing it), else after the header, else at the top. Never
 * above the header: imports may stand before it, and a component there would misplace it.
 */
function insertionPoint(file: SysdFile): { at: Position; before: string; after: string } {
  const components = file.statements.filter((s) => s.type === 'component');
  let anchor: Located | undefined = components[components.length - 1]
    ?? [...file.statements].reverse().find((s) => s.type !== 'connection');
  if (file.design && (!anchor || anchor.offset < file.design.offset)) anchor = file.design;
  if (!anchor) return { at: { line: 0, character: 0 }, before: '', after: '\n' };
  return { at: pastTrailingComments(file, anchor.range.end), before: '\n', after: '' };
}

/** The fixes for one schema diagnostic of `uri` (none for other codes or without the facts they need). */
export function schemaFixes(model: DesignModel, diagnostic: Diagnostic): SchemaFix[] {
  if (diagnostic.code === 'misplaced-design') return moveDesignFixes(model, diagnostic);
  if (diagnostic.code === NON_ASCII_ID) return renameToAsciiFixes(model, diagnostic);
  if (diagnostic.code === 'flow-step-not-connected') return connectStepFixes(model, diagnostic);
  const fixes: SchemaFix[] = [];
  const suggestion = diagnostic.data?.suggestion;
  if ((SCHEMA_FIXABLE as readonly string[]).includes(diagnostic.code) && typeof suggestion === 'string') {
    fixes.push({ title: `Change to '${suggestion}'`, edits: [{ range: diagnostic.range, newText: suggestion }], isPreferred: true });
  }
  if (diagnostic.code !== 'unresolved-reference') return fixes;
  const file = model.files.get(diagnostic.uri);
  const name = referenceName(model, diagnostic);
  if (!file || !name) return fixes;
  const place = placeOf(file, model, diagnostic.uri, diagnostic.range);
  const kinds = place ? KINDS_FOR[place] : (['service', 'database', 'queue'] as const);
  const { at, before, after } = insertionPoint(file);
  for (const kind of kinds) {
    fixes.push({
      title: `Create component '${name}' as ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`,
      edits: [{ range: { start: at, end: at }, newText: `${before}${kind} ${name}${after}` }],
    });
  }
  return fixes;
}

function referenceName(model: DesignModel, diagnostic: Diagnostic): string | undefined {
  const reference = model.references.find((r) => r.uri === diagnostic.uri && !r.declaration
    && r.range.start.line === diagnostic.range.start.line && r.range.start.character === diagnostic.range.start.character);
  return reference?.name;
}
