// The `sysd/diagram` request: the diagram model of a document's current version, for the preview to lay out and draw.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Feature } from './context';
import { diagramOfAnalysis, diagramOfSelection } from '../diagram/ofAnalysis';
import { checkpoint, throwIfCancelled } from './requests';
import { DIAGRAM_REQUEST, type DiagramChoice, type DiagramParams, type DiagramResult, type PickerEntry } from '../protocol/requests';

export const diagramFeature: Feature = {
  register({ connection, documents, workspace }) {
    connection.onRequest(DIAGRAM_REQUEST, async (params: DiagramParams | null, token): Promise<DiagramResult | null> => {
      if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `sysd: ${DIAGRAM_REQUEST} needs { uri: string }.`);
      if ((params.view !== undefined && typeof params.view !== 'string') || (params.flow !== undefined && typeof params.flow !== 'string')) {
        throw new ResponseError(ErrorCodes.InvalidParams, `sysd: ${DIAGRAM_REQUEST} takes a view or flow ID as a string.`);
      }
      // The preview asks again after every edit and cancels the stale request.
      await checkpoint(token);
      const document = documents.get(params.uri);
      const analysis = document && await workspace.settledAnalysis(document.uri);
      if (!document || !analysis) return null;
      throwIfCancelled(token);
      const asked: DiagramChoice | undefined = params.view !== undefined ? { kind: 'view', id: params.view }
        : params.flow !== undefined ? { kind: 'flow', id: params.flow } : undefined;
      // A view or flow renamed or deleted since the preview chose it falls back to the whole design.
      const chosen = asked && diagramOfSelection(analysis, asked.kind === 'view' ? { view: asked.id } : { flow: asked.id });
      const entry = ({ id, label }: PickerEntry): PickerEntry => ({ id, ...(label !== undefined ? { label } : {}) });
      return {
        uri: document.uri,
        version: document.version,
        diagram: chosen ?? diagramOfAnalysis(analysis),
        ...(chosen && asked ? { shows: asked } : {}),
        views: analysis.model.views.map(entry),
        flows: analysis.model.flows.map(entry),
        syntaxErrors: analysis.model.diagnostics
          .filter((d) => d.code === 'syntax-error')
          .map((d) => ({ uri: d.uri, line: d.range.start.line, message: d.message })),
      };
    });
  },
};
