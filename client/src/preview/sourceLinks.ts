// Where the picture meets the text: the element under the editor's cursor, and the source of a clicked element or finding.
import * as vscode from 'vscode';
import { SEVERITY_ORDER } from '../../../server/src/language/diagnostics';
import type { Diagram, DiagramFinding, DiagramSource } from '../../../server/src/diagram/model';

export function toRange(range: DiagramSource['selection']): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** The highlight key (`node:ID`, `group:ID`, `edge:ID`) of the smallest drawn element whose text holds `position`. */
export function elementAt(diagram: Diagram, uri: string, position: vscode.Position): string | undefined {
  const candidates: Array<{ key: string; source: DiagramSource }> = [
    ...diagram.nodes.map((n) => ({ key: `node:${n.id}`, source: n.source })),
    ...diagram.groups.map((g) => ({ key: `group:${g.id}`, source: g.source })),
    ...diagram.edges.map((e) => ({ key: `edge:${e.id}`, source: { ...e.source, range: e.source.selection } })),
  ];
  let best: { key: string; size: number } | undefined;
  for (const { key, source } of candidates) {
    if (source.uri !== uri || !toRange(source.range).contains(position)) continue;
    const size = (source.range.end.line - source.range.start.line) * 100_000 + source.range.end.character - source.range.start.character;
    if (!best || size < best.size) best = { key, size };
  }
  return best?.key;
}

/** The source of a drawn node, group, connection or flow step. */
export function sourceOf(diagram: Diagram | undefined, kind: 'node' | 'group' | 'edge' | 'step', id: string): DiagramSource | undefined {
  return kind === 'node' ? diagram?.nodes.find((n) => n.id === id)?.source
    : kind === 'group' ? diagram?.groups.find((g) => g.id === id)?.source
      : kind === 'step' ? diagram?.edges.flatMap((e) => e.steps ?? []).find((step) => step.id === id)?.source
        : diagram?.edges.find((e) => e.id === id)?.source;
}

/** The most severe finding on a drawn element (its badge's). */
export function worstFinding(diagram: Diagram, owner: string): DiagramFinding | undefined {
  const element = [...diagram.nodes, ...diagram.groups, ...diagram.edges].find((e) => e.id === owner);
  return [...(element?.findings ?? [])].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])[0];
}

/** Opens `uri` (in the column it is already visible in) with `range` selected. */
export async function showSource(uri: string, range: vscode.Range): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  const editor = await vscode.window.showTextDocument(target, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
