// LSP adapters for document, range and on-type (`}`) formatting over the canonical formatter.
import type { TextEdit } from 'vscode-languageserver';
import { formatDocument, formatRangeEdits, minimalChange } from '../language/format';
import type { Feature } from './context';

export const formattingFeature: Feature = {
  capabilities: {
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    documentOnTypeFormattingProvider: { firstTriggerCharacter: '}' },
  },
  register({ connection, documents, workspace }) {
    /** The document's text and the syntax tree the workspace already parsed for this version. */
    const source = (uri: string) => {
      const document = documents.get(uri);
      const file = workspace.analysis(uri)?.model.files.get(uri);
      return document && file ? { document, text: document.getText(), file } : undefined;
    };

    connection.onDocumentFormatting(({ textDocument }): TextEdit[] => {
      const found = source(textDocument.uri);
      if (!found) return [];
      const formatted = formatDocument(found.file, found.text);
      const change = formatted === undefined ? undefined : minimalChange(found.text, formatted);
      if (!change) return [];
      return [{ range: { start: found.document.positionAt(change.start), end: found.document.positionAt(change.end) }, newText: change.newText }];
    });

    connection.onDocumentRangeFormatting(({ textDocument, range }): TextEdit[] => {
      const found = source(textDocument.uri);
      if (!found) return [];
      return formatRangeEdits(found.file, found.text, found.document.offsetAt(range.start), found.document.offsetAt(range.end));
    });

    connection.onDocumentOnTypeFormatting(({ textDocument, position }): TextEdit[] => {
      const found = source(textDocument.uri);
      if (!found) return [];
      // The statement the typed `}` closes: the character just before the cursor.
      const offset = Math.max(0, found.document.offsetAt(position) - 1);
      return formatRangeEdits(found.file, found.text, offset, offset);
    });
  },
};
