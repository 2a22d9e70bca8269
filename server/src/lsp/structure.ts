// LSP adapters for folding ranges and selection ranges (expand/shrink selection).
import type { SelectionRange } from 'vscode-languageserver';
import { foldingRanges } from '../language/folding';
import { selectionRanges } from '../language/selection';
import type { Feature } from './context';
import { checkParams } from './requests';

export const structureFeature: Feature = {
  capabilities: { foldingRangeProvider: true, selectionRangeProvider: true },
  register({ connection, workspace }) {
    const fileOf = (uri: string) => workspace.analysis(uri)?.model.files.get(uri);

    connection.onFoldingRanges((params) => {
      checkParams(params);
      const file = fileOf(params.textDocument.uri);
      return file ? foldingRanges(file) : [];
    });

    connection.onSelectionRanges((params) => {
      checkParams(params, 'positions');
      const { textDocument, positions } = params;
      const file = fileOf(textDocument.uri);
      return positions.map((position): SelectionRange => {
        const chain = file ? selectionRanges(file, position) : [];
        if (chain.length === 0) return { range: { start: position, end: position } };
        // LSP links each range to its parent, outermost last.
        let parent: SelectionRange | undefined;
        for (const range of [...chain].reverse()) parent = { range, parent };
        return parent as SelectionRange;
      });
    });
  },
};
