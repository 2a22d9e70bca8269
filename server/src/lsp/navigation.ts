// LSP adapters for go to definition, find references, highlights, workspace symbols and rename.
import { DocumentHighlightKind, ErrorCodes, ResponseError, SymbolKind, type WorkspaceEdit } from 'vscode-languageserver';
import type { DesignModel } from '../language/model';
import { definition, highlights, references, workspaceSymbols } from '../language/navigation';
import { prepareRename, rename } from '../language/rename';
import type { Feature, ServerContext } from './context';

const SYMBOL_KINDS: Record<string, SymbolKind> = {
  group: SymbolKind.Namespace, client: SymbolKind.Interface, cdn: SymbolKind.Module, loadbalancer: SymbolKind.Operator,
  gateway: SymbolKind.Interface, service: SymbolKind.Class, worker: SymbolKind.Method, function: SymbolKind.Function,
  database: SymbolKind.Struct, cache: SymbolKind.Field, queue: SymbolKind.Event, topic: SymbolKind.Event,
  storage: SymbolKind.File, search: SymbolKind.Key, external: SymbolKind.Package,
};

/** The designs of the other open documents: a file's IDs may be used by the files that import it. */
function otherModels({ documents, workspace }: ServerContext, uri: string): DesignModel[] {
  return documents.all()
    .filter((document) => document.uri !== uri)
    .map((document) => workspace.analysis(document.uri)?.model)
    .filter((model): model is DesignModel => model !== undefined && model.files.has(uri));
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

    connection.onDefinition(({ textDocument, position }) => {
      const model = modelOf(textDocument.uri);
      return (model && definition(model, textDocument.uri, position)) ?? null;
    });

    connection.onReferences(({ textDocument, position, context: { includeDeclaration } }) => {
      const model = modelOf(textDocument.uri);
      if (!model) return [];
      const declared = definition(model, textDocument.uri, position);
      return references(model, textDocument.uri, position, includeDeclaration, declared ? otherModels(context, declared.uri) : []);
    });

    connection.onDocumentHighlight(({ textDocument, position }) => {
      const model = modelOf(textDocument.uri);
      if (!model) return [];
      return highlights(model, textDocument.uri, position).map((h) => ({
        range: h.range, kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    });

    connection.onWorkspaceSymbol(({ query }) => {
      const models = documents.all().map((d) => modelOf(d.uri)).filter((m): m is DesignModel => m !== undefined);
      return workspaceSymbols(models, query).map((symbol) => ({
        name: symbol.name, kind: SYMBOL_KINDS[symbol.kind] ?? SymbolKind.Object,
        location: { uri: symbol.uri, range: symbol.range },
        containerName: [symbol.container, symbol.label].filter(Boolean).join(' · ') || undefined,
      }));
    });

    connection.onPrepareRename(({ textDocument, position }) => {
      const model = modelOf(textDocument.uri);
      if (!model) return null;
      const prepared = prepareRename(model, textDocument.uri, position);
      if (!prepared.ok) throw new ResponseError(ErrorCodes.InvalidRequest, prepared.message);
      return { range: prepared.value.range, placeholder: prepared.value.name };
    });

    connection.onRenameRequest(({ textDocument, position, newName }): WorkspaceEdit | null => {
      const model = modelOf(textDocument.uri);
      if (!model) return null;
      const declared = definition(model, textDocument.uri, position);
      const result = rename(model, textDocument.uri, position, newName, declared ? otherModels(context, declared.uri) : []);
      if (!result.ok) throw new ResponseError(ErrorCodes.InvalidRequest, result.message);
      const changes: NonNullable<WorkspaceEdit['changes']> = {};
      for (const edit of result.value) (changes[edit.uri] ??= []).push({ range: edit.range, newText: edit.newText });
      return { changes };
    });
  },
};
