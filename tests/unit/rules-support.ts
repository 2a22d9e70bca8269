// Helpers for the rule tests: analyse a design held in memory, read a finding's range text, apply a quick fix.
import { readFileSync } from 'node:fs';
import { analyze, type Analysis } from '../../server/src/language/analysis';
import type { Range } from '../../server/src/language/ast';
import type { Diagnostic } from '../../server/src/language/diagnostics';
import { ruleFixes, type Fix } from '../../server/src/language/fixes/rules';
import { applyEdits } from '../../server/src/language/fixes/rulesEdits';
import { ConfigSchema, type SysdConfig } from '../../server/src/language/schema';

export const URI = 'file:///test/design.sysd';

/** A design from tests/fixtures/rules/. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/rules/${name}`, import.meta.url), 'utf8');
}

export function analyzeText(text: string, config: Partial<SysdConfig> = {}): Analysis {
  return analyze(URI, { read: (uri) => (uri === URI ? text : undefined), resolve: (_from, path) => path }, ConfigSchema.parse(config));
}

export function findings(text: string, id: string, config: Partial<SysdConfig> = {}): Diagnostic[] {
  return analyzeText(text, config).diagnostics.filter((d) => d.code === id);
}

/** The source text a range covers (single-line ranges). */
export function textAt(text: string, range: Range): string {
  const line = text.split('\n')[range.start.line];
  return line.slice(range.start.character, range.end.character);
}

/** Syntax and schema errors: what a quick fix must never introduce. */
export function problems(text: string): Diagnostic[] {
  return analyzeText(text).model.diagnostics.filter((d) => d.severity === 'error');
}

export function fixesFor(text: string, diagnostic: Diagnostic): Fix[] {
  return ruleFixes(analyzeText(text).model, diagnostic);
}

export function apply(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}
