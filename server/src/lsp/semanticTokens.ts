// LSP adapter for semantic tokens (full document and range), read from the cached syntax tree and model.
import type { CancellationToken } from 'vscode-languageserver';
import type { Range } from '../language/ast';
import { encodeTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../language/semanticTokens';
import type { Feature } from './context';
import { checkParams, checkpoint, throwIfCancelled } from './requests';

export const semanticTokensFeature: Feature = {
  capabilities: {
    semanticTokensProvider: {
      legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
      full: true,
      range: true,
    },
  },
  register({ connection, workspace }) {
    // The editor asks for tokens after every edit and cancels the stale request: yield first so the cancel is seen.
    const tokensOf = async (uri: string, token: CancellationToken, range?: Range) => {
      await checkpoint(token);
      const analysis = workspace.analysis(uri);
      throwIfCancelled(token);
      return { data: analysis ? encodeTokens(analysis.semanticTokens(range)) : [] };
    };
    connection.languages.semanticTokens.on((params, token) => {
      checkParams(params);
      return tokensOf(params.textDocument.uri, token);
    });
    connection.languages.semanticTokens.onRange((params, token) => {
      checkParams(params, 'range');
      return tokensOf(params.textDocument.uri, token, params.range);
    });
  },
};
