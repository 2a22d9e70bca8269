// LSP adapters for document, range and on-type (`}`) formatting over the canonical formatter.
import type { TextEdit } from 'vscode-languageserver';
import { minimalChange } from '../language/format';
import type { Feature } from './context';
import { checkParams, checkpoint, throwIfCancelled } from './requests';

export const formattingFeature: Feature = {
  capabilities: {
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    documentOnTypeFormattingProvider: { firstTriggerCharacter: '}' },
  },
  register({ connection, documents, workspace }) {
    /** The document's text and the analysis of this version (its syntax tree already parsed). */
    const source = (uri: string) => {
      const document = documents.get(uri);
      const analysis = workspace.analysis(uri);
      return document && analysis?.file ? { document, text: document.getText(), analysis } : undefined;
    };

    // Whole-document formatting of a large design is the longest request: it yields first so a cancel or a newer
    // edit can arrive, and checks again after the analysis.
    connection.onDocumentFormatting(async (params, token): Promise<TextEdit[]> => {
      checkParams(params);
      await checkpoint(token);
      const found = source(params.textDocument.uri);
      if (!found) return [];
      throwIfCancelled(token);
      const formatted = found.analysis.formatted(found.text);
      throwIfCancelled(token);
      const change = formatted === undefined ? undefined : minimalChange(found.text, formatted);
      if (!change) return [];
      return [{ range: { start: found.document.positionAt(change.start), end: found.document.positionAt(change.end) }, newText: change.newText }];
    });

    connection.onDocumentRangeFormatting(async (params, token): Promise<TextEdit[]> => {
      checkParams(params, 'range');
      await checkpoint(token);
      const found = source(params.textDocument.uri);
      if (!found) return [];
      throwIfCancelled(token);
      return found.analysis.formatRange(found.text, found.document.offsetAt(params.range.start), found.document.offsetAt(params.range.end));
    });

    connection.onDocumentOnTypeFormatting((params): TextEdit[] => {
      checkParams(params, 'position');
      const found = source(params.textDocument.uri);
      if (!found) return [];
      // The statement the typed `}` closes: the character just before the cursor.
      const offset = Math.max(0, found.document.offsetAt(params.position) - 1);
      return found.analysis.formatRange(found.text, offset, offset);
    });
  },
};
