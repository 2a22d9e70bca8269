// The diagram model of an analysed design version, findings as badges: computed once per analysis (the preview asks
// again for the same version, e.g. after a resize), shared by the language server, the CLI and Markdown fences.
import type { Analysis } from '../language/analysis';
import { diagramOf, type Diagram } from './model';

const diagrams = new WeakMap<Analysis, Diagram>();

export function diagramOfAnalysis(analysis: Analysis): Diagram {
  let diagram = diagrams.get(analysis);
  if (!diagram) {
    diagram = diagramOf(analysis.model, analysis.problems);
    diagrams.set(analysis, diagram);
  }
  return diagram;
}
