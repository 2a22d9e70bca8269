// The core's own diagnostic codes (syntax, schema, model, @allow housekeeping, config, internal errors): each with its
// default severity and a line saying what it is about. Best-practice rules carry theirs in their own files (rules/).
import type { Severity } from './diagnostics';

export interface CoreCode {
  severity: Severity;
  description: string;
}

export const CORE_CODES = {
  'syntax-error': { severity: 'error', description: 'The file does not follow the sysd grammar.' },
  'unknown-property': { severity: 'error', description: 'A property the component kind, group, connection or scale block does not accept.' },
  'duplicate-property': { severity: 'error', description: 'The same property is set twice.' },
  'invalid-value': { severity: 'error', description: 'A property value of the wrong type or unit.' },
  'value-out-of-range': { severity: 'error', description: 'A property value outside its allowed range.' },
  'unknown-enum-value': { severity: 'error', description: 'A property value that is not one of the allowed words.' },
  'unknown-engine': { severity: 'info', description: 'An engine the schema does not know.' },
  'duplicate-id': { severity: 'error', description: 'Two components, groups, views or flows share one ID.' },
  'non-ascii-id': { severity: 'error', description: 'An ID with letters outside ASCII (labels in quotes may use any script).' },
  'unresolved-reference': { severity: 'error', description: 'A connection or property names an ID that is not declared.' },
  'wrong-reference-kind': { severity: 'error', description: 'A reference to a component of the wrong kind (e.g. a dlq that is not a queue).' },
  'duplicate-design': { severity: 'error', description: "More than one 'design' header in a file." },
  'misplaced-design': { severity: 'error', description: "A 'design' header after other statements than imports." },
  'duplicate-scale': { severity: 'error', description: "More than one 'scale' block in a design." },
  'misplaced-scale': { severity: 'error', description: "A 'scale' block inside a group." },
  'misplaced-import': { severity: 'error', description: "An 'import' inside a group." },
  'import-not-found': { severity: 'error', description: 'An imported file that does not exist.' },
  'import-cycle': { severity: 'error', description: 'Files that import each other in a cycle.' },
  'flow-step-not-connected': { severity: 'error', description: 'A flow step that matches no declared connection.' },
  'empty-view': { severity: 'warning', description: 'A view that shows nothing.' },
  'unknown-annotation': { severity: 'warning', description: 'An annotation other than @allow.' },
  'unknown-rule': { severity: 'warning', description: 'An @allow naming a rule that does not exist.' },
  'unused-allow': { severity: 'hint', description: 'An @allow that silences nothing.' },
  'allow-without-reason': { severity: 'warning', description: 'An @allow without a reason while the configuration requires one.' },
  'invalid-config': { severity: 'error', description: 'A sysd.config.json that is not valid JSON or does not follow its schema.' },
  'internal-error': { severity: 'error', description: 'sysd failed while analysing the file (a bug in sysd).' },
} as const satisfies Record<string, CoreCode>;

export type CoreCodeId = keyof typeof CORE_CODES;

export function isCoreCode(code: string): code is CoreCodeId {
  return Object.hasOwn(CORE_CODES, code);
}

/** The severity a core diagnostic is reported with. */
export function severityOf(code: CoreCodeId): Severity {
  return CORE_CODES[code].severity;
}
