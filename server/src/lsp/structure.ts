// LSP adapters for folding ranges and selection ranges (expand/shrink selection).
import type { SelectionRange } from 'vscode-languageserver';
import type { Feature } from './context';
import { checkParams } from './requests';

export const structureFeature: Feature = {
  capabilities: { foldingRangeProvider: true, selectionRangeProvider: true },
  register({ connection, workspace }) {
        connection.onFoldingRanges((params) => {
      checkParams(params);
      return workspace.analysis(params.textDocument.uri)?.folding() ?? [];
    });

    connection.onSelectionRanges((params) => {
      checkParams(params, 'positions');
      const { textDocument, positions } = params;
      const analysis = workspace.analysis(textDocument.uri);
      return positions.map((position): SelectionRange => {
        const chain = analysis?.selectionRanges(position) ?? [];
        if (chain.length === 0) return { range: { start: position, end: position } };
        // LSP links each range to its parent, outermost last.
        let parent: SelectionRange | undefined;
        for (const range of [...chain].reverse()) parent = { range, parent };
        return parent as SelectionRange;
      });
    });
  },
};
