// Document symbols: the outline, with groups as parents of what they hold and flows of their steps.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Statement } from '../language/ast';
import { ARROW_TEXT } from '../language/ast';
import type { Feature } from './context';
import { checkParams } from './requests';
import { symbolKindOf } from './symbolKinds';

export function symbolsOf(statements: Statement[]): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const statement of statements) {
    switch (statement.type) {
      case 'component':
        symbols.push({
          name: statement.id.name, detail: [statement.kind, statement.label?.value].filter(Boolean).join(' · '),
          kind: symbolKindOf(statement.kind), range: statement.range, selectionRange: statement.id.range,
        });
        break;
      case 'group':
        symbols.push({
          name: statement.id.name, detail: ['group', statement.label?.value].filter(Boolean).join(' · '),
          kind: SymbolKind.Namespace, range: statement.range, selectionRange: statement.id.range,
          children: symbolsOf(statement.statements),
        });
        break;
      case 'scale':
        symbols.push({ name: 'scale', detail: 'estimation', kind: SymbolKind.Object, range: statement.range, selectionRange: statement.keyword.range });
        break;
      case 'connection': {
        const text = `${statement.source.name} ${statement.hops.map((h) => `${ARROW_TEXT[h.arrow.kind]} ${h.targets.map((t) => t.name).join(', ')}`).join(' ')}`;
        symbols.push({ name: text, detail: statement.label?.value ?? '', kind: SymbolKind.Event, range: statement.range, selectionRange: statement.source.range });
        break;
      }
      case 'view':
        symbols.push({
          name: statement.id.name, detail: ['view', statement.label?.value].filter(Boolean).join(' · '),
          kind: SymbolKind.Interface, range: statement.range, selectionRange: statement.id.range,
        });
        break;
      case 'flow':
        symbols.push({
          name: statement.id.name, detail: ['flow', statement.label?.value].filter(Boolean).join(' · '),
          kind: SymbolKind.Function, range: statement.range, selectionRange: statement.id.range,
          // Each step numbered as written: the outline reads as the walk-through.
          children: statement.steps.flatMap((step, i) => (step.to ? [{
            name: `${i + 1}. ${step.from.name} ${ARROW_TEXT[step.arrow.kind]} ${step.to.name}`, detail: step.label?.value ?? '',
            kind: SymbolKind.Event, range: step.range, selectionRange: step.from.range,
          }] : [])),
        });
        break;
      case 'import':
        if (statement.path) {
          symbols.push({ name: `import ${statement.path.value}`, kind: SymbolKind.Module, range: statement.range, selectionRange: statement.path.range });
        }
        break;
    }
  }
  return symbols;
}

export const symbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: 'sysd' } },
  register({ connection, workspace }) {
    connection.onDocumentSymbol((params) => {
      checkParams(params);
      const analysis = workspace.analysis(params.textDocument.uri);
      const file = analysis?.file;
      if (!file) return [];
      const symbols = symbolsOf(file.statements);
      if (file.design?.title) {
        symbols.unshift({ name: file.design.title.value, detail: 'design', kind: SymbolKind.File, range: file.design.range, selectionRange: file.design.title.range });
      }
      return symbols;
    });
  },
};
