// The `sysd/diagram` request: the diagram model of a document's current version, for the preview to lay out and draw.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Feature } from './context';
import { diagramOfAnalysis } from '../diagram/ofAnalysis';
import { checkpoint, throwIfCancelled } from './requests';
import { DIAGRAM_REQUEST, type DiagramParams, type DiagramResult } from '../protocol/requests';

export const diagramFeature: Feature = {
  register({ connection, documents, workspace }) {
    connection.onRequest(DIAGRAM_REQUEST, async (params: DiagramParams | null, token): Promise<DiagramResult | null> => {
      if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `sysd: ${DIAGRAM_REQUEST} needs { uri: string }.`);
      // The preview asks again after every edit and cancels the stale request.
      await checkpoint(token);
      const document = documents.get(params.uri);
      const analysis = document && await workspace.settledAnalysis(document.uri);
      if (!document || !analysis) return null;
      throwIfCancelled(token);
      return {
        uri: document.uri,
        version: document.version,
        diagram: diagramOfAnalysis(analysis),
        syntaxErrors: analysis.model.diagnostics
          .filter((d) => d.code === 'syntax-error')
          .map((d) => ({ uri: d.uri, line: d.range.start.line, message: d.message })),
      };
    });
  },
};
