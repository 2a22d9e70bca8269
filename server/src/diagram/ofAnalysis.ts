// The diagram model of an analysed design version, findings as badges: computed once per analysis (the preview asks
// again for the same version, e.g. after a resize), shared by the language server, the CLI and Markdown fences.
import type { Analysis } from '../language/analysis';
import { flowDiagram } from './flowDiagram';
import { diagramOf, type Diagram } from './model';
import { viewDiagram } from './viewDiagram';

const diagrams = new WeakMap<Analysis, Diagram>();

export function diagramOfAnalysis(analysis: Analysis): Diagram {
  let diagram = diagrams.get(analysis);
  if (!diagram) {
    diagram = diagramOf(analysis.model, analysis.problems);
    diagrams.set(analysis, diagram);
  }
  return diagram;
}

/** What a picture shows: the whole design, one view, or one flow (by ID). */
export type Selection = { view: string } | { flow: string } | Record<string, never>;

/** The picture of a selection, or undefined when the design has no such view or flow (renamed, deleted, mistyped). */
export function diagramOfSelection(analysis: Analysis, selection: Selection): Diagram | undefined {
  const whole = diagramOfAnalysis(analysis);
  if ('view' in selection) {
    const view = analysis.model.viewById.get(selection.view);
    return view ? viewDiagram(analysis.model, whole, view) : undefined;
  }
  if ('flow' in selection) {
    const flow = analysis.model.flowById.get(selection.flow);
    return flow ? flowDiagram(whole, flow) : undefined;
  }
  return whole;
}
