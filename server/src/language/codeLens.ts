// Code lenses on each component: how many connections come in and go out, and a link to it in the preview.
import type { Range } from './ast';
import type { Analysis } from './analysis';

/** The command the preview registers to reveal a component: arguments are the component ID and the file's uri. */
export const SHOW_IN_PREVIEW = 'sysd.showInPreview';

/** The command the preview registers to draw a view or flow: arguments are the file's uri, `view` or `flow`, and the ID. */
export const SHOW_CHOICE_IN_PREVIEW = 'sysd.showChoiceInPreview';

export interface CodeLens {
  range: Range;
  title: string;
  /** No command: the lens is information only. */
  command?: { id: string; arguments: unknown[] };
}

export function codeLensesOf(analysis: Analysis, uri: string): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const component of analysis.model.components) {
    if (component.uri !== uri) continue;
    const range = component.decl.kindToken.range;
    lenses.push({ range, title: `${component.incoming.length} in · ${component.outgoing.length} out` });
    lenses.push({ range, title: 'show in preview', command: { id: SHOW_IN_PREVIEW, arguments: [component.id, uri] } });
  }
  for (const choice of [...analysis.model.views, ...analysis.model.flows]) {
    if (choice.uri !== uri) continue;
    lenses.push({ range: choice.statement.keyword.range, title: 'Show in preview', command: { id: SHOW_CHOICE_IN_PREVIEW, arguments: [uri, choice.type, choice.id] } });
  }
  return lenses;
}
