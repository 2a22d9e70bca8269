// The outline's and workspace symbols' icon per kind: the descriptors name an LSP SymbolKind, this maps the name.
import { SymbolKind } from 'vscode-languageserver';
import { isComponentKind } from '../language/ast';
import { kindOf } from '../language/kinds';

/** A component kind's symbol as its descriptor names it; a group is a namespace; anything else an object. */
export function symbolKindOf(kind: string): SymbolKind {
  if (kind === 'group') return SymbolKind.Namespace;
  return isComponentKind(kind) ? SymbolKind[kindOf(kind).symbol] : SymbolKind.Object;
}
