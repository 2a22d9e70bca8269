// textDocument/inlayHint: derived figures drawn after the values they come from.
import { InlayHintKind } from 'vscode-languageserver';
import type { Feature } from './context';
import { checkParams } from './requests';

export const inlayHintsFeature: Feature = {
  capabilities: { inlayHintProvider: true },
  register({ connection, workspace }) {
    connection.languages.inlayHint.on((params) => {
      checkParams(params, 'range');
      const analysis = workspace.analysis(params.textDocument.uri);
      if (!analysis) return [];
      return analysis.inlayHints(params.range).map((hint) => ({
        position: hint.position, label: hint.label, kind: InlayHintKind.Type, paddingLeft: true,
        ...(hint.tooltip ? { tooltip: hint.tooltip } : {}),
      }));
    });
  },
};
