// A ```sysd fence of a Markdown file as a diagram model: its text analysed on its own, or the syntax errors that stop it.
import { analyze } from '../language/analysis';
import type { SourceHost } from '../language/model';
import { parse } from '../language/parser';
import type { Diagram } from './model';
import { diagramOfAnalysis } from './ofAnalysis';

export type FenceDesign = { diagram: Diagram } | { errors: string[] };

/** The fence has no file of its own: a name for its findings, and imports that resolve to nothing. */
const FENCE_URI = 'markdown:fence.sysd';

/**
 * A fence with syntax errors shows them instead of a picture: half a design drawn in a README reads as the design.
 * Other findings are drawn as badges, as in the preview.
 */
export function fenceDesign(text: string): FenceDesign {
  const host: SourceHost = {
    read: (uri) => (uri === FENCE_URI ? text : undefined),
    resolve: (_from, path) => `markdown:${path}`,
    parse: (_uri, source) => parse(source),
  };
  const analysis = analyze(FENCE_URI, host);
  const errors = analysis.model.diagnostics
    .filter((d) => d.code === 'syntax-error')
    .map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
  if (errors.length > 0) return { errors };
  return { diagram: diagramOfAnalysis(analysis) };
}
