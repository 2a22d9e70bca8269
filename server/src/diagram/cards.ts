// The hover cards of the preview: what a node, group or connection is, its facts and its findings, as plain text.
import type { Diagram, DiagramFinding } from './model';

export interface Card {
  title: string;
  subtitle: string;
  description?: string;
  facts: Array<[string, string]>;
  findings: Array<{ severity: string; message: string; code: string }>;
}

const ARROWS = { sync: '->', async: '~>', duplex: '<->' } as const;
const MEANING = { sync: 'synchronous call', async: 'asynchronous message', duplex: 'two-way channel' } as const;

const findingsOf = (list: DiagramFinding[]) => list.map((f) => ({ severity: f.severity, message: f.message, code: f.code }));

/** Cards keyed `node:ID`, `group:ID`, `edge:ID`, for the diagram as drawn (collapsed groups and merged edges included). */
export function cardsOf(diagram: Diagram): Record<string, Card> {
  const cards: Record<string, Card> = {};
  for (const node of diagram.nodes) {
    cards[`node:${node.id}`] = {
      title: node.label, subtitle: `${node.kind} · ${node.id}`, ...(node.description ? { description: node.description } : {}),
      facts: node.facts, findings: findingsOf(node.findings),
    };
  }
  for (const group of diagram.groups) {
    const members = group.collapsed ? ` · collapsed, ${group.collapsed.members} component${group.collapsed.members === 1 ? '' : 's'}` : '';
    cards[`group:${group.id}`] = {
      title: group.label, subtitle: `group${group.groupKind ? ` (${group.groupKind})` : ''} · ${group.id}${members}`, facts: [], findings: findingsOf(group.findings),
    };
  }
  for (const edge of diagram.edges) {
    const arrow = `${edge.from} ${ARROWS[edge.kind]} ${edge.to}`;
    cards[`edge:${edge.id}`] = {
      title: edge.label ?? arrow,
      subtitle: edge.merged ? `${arrow} · ${edge.merged} connections to or from a collapsed group` : `${arrow} · ${MEANING[edge.kind]}`,
      facts: edge.facts, findings: findingsOf(edge.findings),
    };
  }
  return cards;
}
