// textDocument/completion: the core's completions as LSP items, each replacing the word being typed.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { completionListAt, type Completion, type CompletionKind } from '../language/completion';
import type { Feature } from './context';
import { checkParams, MAX_LIST_ITEMS } from './requests';

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

/**
 * At most MAX_LIST_ITEMS items (a design with thousands of components offers each as a target): past that, only the
 * items starting with the word being typed, best sorted first, marked incomplete so the editor asks again as the
 * word grows. A list the core marks incomplete (it changes as the word grows) is sent as such whatever its length.
 */
export function capCompletions(items: CompletionItem[], typed: string, isIncomplete = false): CompletionItem[] | CompletionList {
  if (items.length <= MAX_LIST_ITEMS) return isIncomplete ? { isIncomplete, items } : items;
  const prefix = typed.toLowerCase();
  const matching = items.filter((item) => (item.filterText ?? item.label).toLowerCase().startsWith(prefix));
  const key = (item: CompletionItem) => item.sortText ?? item.label;
  matching.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { isIncomplete: true, items: matching.slice(0, MAX_LIST_ITEMS) };
}

export const completionFeature: Feature = {
  // '@' starts an annotation, '(' and ',' rule ids or targets, ':' a value, '>' a target after '->' or '~>', '/' a rate unit.
  // '"' opens an import path.
  capabilities: { completionProvider: { triggerCharacters: ['@', '(', ',', ':', '>', '/', '[', ' ', '"'] } },
  register({ connection, documents, workspace, files, workspaceFolders }) {
    connection.onCompletion((params) => {
      checkParams(params, 'position');
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const analysis = workspace.analysis(params.textDocument.uri);
      const importable = () => files.importable(params.textDocument.uri, workspaceFolders);
      const text = document.getText();
      const { items, isIncomplete } = analysis ? analysis.completions(text, params.position, importable) : completionListAt(undefined, text, params.position, importable);
      const typed = items[0] ? document.getText({ start: items[0].range.start, end: params.position }) : '';
      return capCompletions(items.map(toCompletionItem), typed, isIncomplete);
    });
  },
};
