// LSP adapters for go to definition, find references, highlights, workspace symbols and rename.
import { DocumentHighlightKind, ErrorCodes, ResponseError, SymbolKind, type CancellationToken, type WorkspaceEdit } from 'vscode-languageserver';
import type { DesignModel } from '../language/model';
import { workspaceSymbols } from '../language/navigation';
import type { Feature, ServerContext } from './context';
import { checkParams, checkpoint, throwIfCancelled } from './requests';
import { symbolKindOf } from './symbolKinds';

/**
 * The designs of the other open documents: a file's IDs may be used by the files that import it. Each may need an
 * analysis, so with many open documents this is the long part: it stops as soon as the client cancels.
 */
function otherModels({ documents, workspace }: ServerContext, uri: string, token: CancellationToken): DesignModel[] {
  const models: DesignModel[] = [];
  for (const document of documents.all()) {
    if (document.uri === uri) continue;
    throwIfCancelled(token);
    const model = workspace.analysis(document.uri)?.model;
    if (model?.files.has(uri)) models.push(model);
  }
  return models;
}

export const navigationFeature: Feature = {
  capabilities: {
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    workspaceSymbolProvider: true,
    renameProvider: { prepareProvider: true },
  },
  register(context) {
    const { connection, documents, workspace } = context;
    const modelOf = (uri: string) => workspace.analysis(uri)?.model;
    const analysisOf = (uri: string) => workspace.analysis(uri);

    connection.onDefinition((params) => {
      checkParams(params, 'position');
      const { textDocument, position } = params;
      return analysisOf(textDocument.uri)?.definition(position) ?? null;
    });

    connection.onReferences(async (params, token) => {
      checkParams(params, 'position');
      const { textDocument, position } = params;
      await checkpoint(token);
      const analysis = analysisOf(textDocument.uri);
      if (!analysis) return [];
      const declared = analysis.definition(position);
      const includeDeclaration = params.context?.includeDeclaration === true;
      return analysis.references(position, includeDeclaration, declared ? otherModels(context, declared.uri, token) : []);
    });

    connection.onDocumentHighlight((params) => {
      checkParams(params, 'position');
      const { textDocument, position } = params;
      const analysis = analysisOf(textDocument.uri);
      if (!analysis) return [];
      return analysis.highlights(position).map((h) => ({
        range: h.range, kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    });

    // Every open document's analysis: yields first and stops between documents when the client cancels (it does on
    // each keystroke in the symbol picker). The core caps the answer at its 500 best matches.
    connection.onWorkspaceSymbol(async (params, token) => {
      const query = typeof params?.query === 'string' ? params.query : '';
      await checkpoint(token);
      const models: DesignModel[] = [];
      for (const document of documents.all()) {
        throwIfCancelled(token);
        const model = modelOf(document.uri);
        if (model) models.push(model);
      }
      return workspaceSymbols(models, query).map((symbol) => ({
        name: symbol.name, kind: symbolKindOf(symbol.kind),
        location: { uri: symbol.uri, range: symbol.range },
        containerName: [symbol.container, symbol.label].filter(Boolean).join(' · ') || undefined,
      }));
    });

    connection.onPrepareRename((params) => {
      checkParams(params, 'position');
      const { textDocument, position } = params;
      const analysis = analysisOf(textDocument.uri);
      if (!analysis) return null;
      const prepared = analysis.prepareRename(position);
      if (!prepared.ok) throw new ResponseError(ErrorCodes.InvalidRequest, prepared.message);
      return { range: prepared.value.range, placeholder: prepared.value.name };
    });

    connection.onRenameRequest(async (params, token): Promise<WorkspaceEdit | null> => {
      checkParams(params, 'position');
      const { textDocument, position } = params;
      if (typeof params.newName !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'sysd: the new name must be a string.');
      await checkpoint(token);
      const analysis = analysisOf(textDocument.uri);
      if (!analysis) return null;
      const declared = analysis.definition(position);
      const result = analysis.rename(position, params.newName, declared ? otherModels(context, declared.uri, token) : []);
      throwIfCancelled(token);
      if (!result.ok) throw new ResponseError(ErrorCodes.InvalidRequest, result.message);
      const changes: NonNullable<WorkspaceEdit['changes']> = {};
      for (const edit of result.value) (changes[edit.uri] ??= []).push({ range: edit.range, newText: edit.newText });
      return { changes };
    });
  },
};
