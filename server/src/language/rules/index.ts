// The rule registry: every best-practice rule of spec/rules.md, run over a resolved model.
import type { Diagnostic } from '../diagnostics';
import type { DesignModel } from '../model';
import type { SysdConfig } from '../schema';

/** Runs every enabled rule; findings come back sorted by position. (Rules land with the rule-engine issue.) */
export function runRules(_model: DesignModel, _config: SysdConfig): Diagnostic[] {
  return [];
}
