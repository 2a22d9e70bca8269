// textDocument/codeLens: connection counts and "show in preview" above each component.
import type { Feature } from './context';
import { checkParams } from './requests';

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register({ connection, workspace }) {
    connection.onCodeLens((params) => {
      checkParams(params);
      const analysis = workspace.analysis(params.textDocument.uri);
      if (!analysis) return [];
      return analysis.codeLenses().map((lens) => ({
        range: lens.range,
        // An empty command id shows the title as plain text.
        command: { title: lens.title, command: lens.command?.id ?? '', ...(lens.command ? { arguments: lens.command.arguments } : {}) },
      }));
    });
  },
};
