// LSP adapter for semantic tokens (full document and range), read from the cached syntax tree and model.
import { encodeTokens, semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../language/semanticTokens';
import type { Feature } from './context';

export const semanticTokensFeature: Feature = {
  capabilities: {
    semanticTokensProvider: {
      legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
      full: true,
      range: true,
    },
  },
  register({ connection, workspace }) {
    const tokensOf = (uri: string, range?: Parameters<typeof semanticTokens>[3]) => {
      const model = workspace.analysis(uri)?.model;
      const file = model?.files.get(uri);
      return { data: file ? encodeTokens(semanticTokens(file, model, uri, range)) : [] };
    };
    connection.languages.semanticTokens.on(({ textDocument }) => tokensOf(textDocument.uri));
    connection.languages.semanticTokens.onRange(({ textDocument, range }) => tokensOf(textDocument.uri, range));
  },
};
