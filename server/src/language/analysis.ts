// One analysis of a design: the resolved model plus every diagnostic (syntax, schema, rules) of its root file.
import { severityOf } from './codes';
import { compareDiagnostics, type Diagnostic } from './diagnostics';
import { buildModel, modelOfText, type DesignModel, type SourceHost } from './model';
import { checkRules, type Suppression } from './rules';
import { DEFAULT_CONFIG, type SysdConfig } from './schema';

export interface Analysis {
  uri: string;
  model: DesignModel;
  /** Best-practice findings for the whole design. */
  findings: Diagnostic[];
  /** Findings an `@allow` silenced, with its reason (CLI JSON/SARIF justifications, hovers). */
  suppressed: Suppression[];
  /** Everything to show for the root file, sorted by position. */
  diagnostics: Diagnostic[];
  config: SysdConfig;
}

export function analyze(uri: string, host: SourceHost, config: SysdConfig = DEFAULT_CONFIG): Analysis {
  const model = buildModel(uri, host);
  const { findings, suppressed } = checkRules(model, config);
  const diagnostics = [...model.diagnostics, ...findings].filter((d) => d.uri === uri).sort(compareDiagnostics);
  return { uri, model, findings, suppressed, diagnostics, config };
}

/**
 * What to show when an analysis throws (a bug in sysd): an empty design and one error at the top of the file, so the
 * editor says what happened instead of going quiet, and every feature keeps answering.
 */
export function failedAnalysis(uri: string, error: unknown, config: SysdConfig = DEFAULT_CONFIG): Analysis {
  const reason = error instanceof Error ? error.message : String(error);
  const diagnostic: Diagnostic = {
    uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: severityOf('internal-error'), code: 'internal-error',
    message: `sysd could not analyse this file (${reason}). This is a bug in sysd: please report it with the file.`,
  };
  return { uri, model: modelOfText('', uri), findings: [], suppressed: [], diagnostics: [diagnostic], config };
}
