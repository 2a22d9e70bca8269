// The quick fix of `flow-step-not-connected`: declare the connection the step needs, where connections are declared.
import { ARROW_TEXT, type ArrowKind, type Located, type Position } from '../ast';
import type { Diagnostic } from '../diagnostics';
import type { DesignModel } from '../model';
import { pastTrailingComments } from './rulesEdits';
import type { SchemaFix } from './schema';

function isArrowKind(value: unknown): value is ArrowKind {
  return value === 'sync' || value === 'async' || value === 'duplex';
}

/**
 * After the file's last top-level connection statement, else after the declaration of the step's source (when it is in
 * this file), else just above the flow; never inside a trailing comment.
 */
function insertionPoint(model: DesignModel, diagnostic: Diagnostic, from: string): { at: Position; column: number; above?: boolean } | undefined {
  const file = model.files.get(diagnostic.uri);
  if (!file) return undefined;
  const connections = file.statements.filter((s) => s.type === 'connection');
  const source = model.elements.get(from);
  const anchor: Located | undefined = connections[connections.length - 1] ?? (source?.uri === diagnostic.uri ? source.decl : undefined);
  if (anchor) return { at: pastTrailingComments(file, anchor.range.end), column: anchor === source?.decl ? anchor.range.start.character : 0 };
  const flow = model.flows.find((f) => f.uri === diagnostic.uri && f.statement.range.start.line <= diagnostic.range.start.line && diagnostic.range.end.line <= f.statement.range.end.line);
  return flow && { at: flow.statement.range.start, column: 0, above: true };
}

export function connectStepFixes(model: DesignModel, diagnostic: Diagnostic): SchemaFix[] {
  const { from, to, arrow } = diagnostic.data ?? {};
  if (typeof from !== 'string' || typeof to !== 'string' || !isArrowKind(arrow)) return [];
  const where = insertionPoint(model, diagnostic, from);
  if (!where) return [];
  const line = `${from} ${ARROW_TEXT[arrow]} ${to}`;
  const newText = where.above ? `${line}\n\n` : `\n${' '.repeat(where.column)}${line}`;
  return [{ title: `Declare the connection '${line}'`, edits: [{ range: { start: where.at, end: where.at }, newText }], isPreferred: true }];
}
