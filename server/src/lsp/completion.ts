// textDocument/completion: the core's completions as LSP items, each replacing the word being typed.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { completionsAt, type Completion, type CompletionKind } from '../language/completion';
import type { Feature } from './context';
import { importableFiles } from './importable';

const KINDS: Record<CompletionKind, CompletionItemKind> = {
  kind: CompletionItemKind.Class,
  keyword: CompletionItemKind.Keyword,
  property: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  component: CompletionItemKind.Reference,
  rule: CompletionItemKind.Constant,
  unit: CompletionItemKind.Unit,
  snippet: CompletionItemKind.Snippet,
  file: CompletionItemKind.File,
};

export function toCompletionItem(completion: Completion): CompletionItem {
  return {
    label: completion.label,
    kind: KINDS[completion.kind],
    ...(completion.detail ? { detail: completion.detail } : {}),
    ...(completion.documentation ? { documentation: { kind: MarkupKind.Markdown, value: completion.documentation } } : {}),
    textEdit: { range: completion.range, newText: completion.insertText ?? completion.label },
    insertTextFormat: completion.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(completion.sortText ? { sortText: completion.sortText } : {}),
    ...(completion.filterText ? { filterText: completion.filterText } : {}),
  };
}

export const completionFeature: Feature = {
  // '@' starts an annotation, '(' and ',' rule ids or targets, ':' a value, '>' a target after '->' or '~>', '/' a rate unit.
  // '"' opens an import path.
  capabilities: { completionProvider: { triggerCharacters: ['@', '(', ',', ':', '>', '/', '[', ' ', '"'] } },
  register({ connection, documents, workspace, workspaceFolders }) {
    connection.onCompletion((params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const analysis = workspace.analysis(params.textDocument.uri);
      const importable = () => importableFiles(params.textDocument.uri, workspaceFolders);
      return completionsAt(analysis, document.getText(), params.position, importable).map(toCompletionItem);
    });
  },
};
