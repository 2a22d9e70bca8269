// textDocument/hover: translates the core's Markdown hover into LSP.
import { MarkupKind } from 'vscode-languageserver';
import type { Feature } from './context';
import { checkParams } from './requests';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, workspace }) {
    connection.onHover((params) => {
      checkParams(params, 'position');
      const analysis = workspace.analysis(params.textDocument.uri);
      const hover = analysis?.hover(params.position);
      if (!hover) return null;
      return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: hover.range };
    });
  },
};
