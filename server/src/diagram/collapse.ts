// Collapsing groups: a collapsed group is one box, connections to its members are drawn to the box, merged per pair.
import type { Diagram, DiagramEdge, DiagramGroup } from './model';

/**
 * The diagram with every group in `collapsed` drawn as one box (labelled with its title and member count, at any depth).
 * Connections inside a box are not drawn; those between its members and the outside go to the box, merged per pair and
 * direction, with the number merged. A group inside a collapsed group is hidden with it. Unknown ids are ignored.
 */
export function collapseGroups(diagram: Diagram, collapsed: Iterable<string>): Diagram {
  const wanted = new Set(collapsed);
  if (wanted.size === 0) return diagram;
  const groups = new Map(diagram.groups.map((g) => [g.id, g]));
  /** The outermost collapsed group that is `group` or holds it: the box that draws everything inside. */
  const boxes = new Map<string, string | undefined>();
  const boxOf = (group: string | undefined): string | undefined => {
    if (!group) return undefined;
    if (boxes.has(group)) return boxes.get(group);
    const box = boxOf(groups.get(group)?.parent) ?? (wanted.has(group) && groups.has(group) ? group : undefined);
    boxes.set(group, box);
    return box;
  };
  const parentsOf = new Map(diagram.nodes.map((n) => [n.id, n.parent]));
  const nodeBox = (id: string) => boxOf(parentsOf.get(id));
  const endBox = (id: string) => (groups.has(id) ? boxOf(id) : nodeBox(id));
  const members = new Map<string, number>();
  for (const node of diagram.nodes) {
    const box = nodeBox(node.id);
    if (box) members.set(box, (members.get(box) ?? 0) + 1);
  }
  const shownGroups: DiagramGroup[] = [];
  for (const group of diagram.groups) {
    const box = boxOf(group.id);
    if (box === undefined) shownGroups.push(group);
    else if (box === group.id) shownGroups.push({ ...group, collapsed: { members: members.get(group.id) ?? 0 } });
  }
  if (!shownGroups.some((g) => g.collapsed)) return diagram;
  const edges: DiagramEdge[] = [];
  const merging = new Map<string, DiagramEdge[]>();
  for (const edge of diagram.edges) {
    const fromBox = endBox(edge.from);
    const toBox = endBox(edge.to);
    // A connection to the box's own group merges with those to its members: one edge per pair, never two with one id.
    if (fromBox === undefined && toBox === undefined) { edges.push(edge); continue; }
    const from = fromBox ?? edge.from;
    const to = toBox ?? edge.to;
    if (from === to) continue;
    const id = `${from}->${to}`;
    let list = merging.get(id);
    if (!list) {
      merging.set(id, (list = []));
      // A placeholder keeps the merged edge where its first connection was declared.
      edges.push({ ...edge, id, from, to });
    }
    list.push(edge);
  }
  return {
    ...diagram,
    nodes: diagram.nodes.filter((n) => nodeBox(n.id) === undefined),
    groups: shownGroups,
    // Merged ids name a box, which no kept connection does, so a kept edge never matches one.
    edges: edges.map((edge) => {
      const list = merging.get(edge.id);
      return list ? mergedEdge(edge, list) : edge;
    }),
  };
}

function mergedEdge(placeholder: DiagramEdge, list: DiagramEdge[]): DiagramEdge {
  const [first] = list;
  if (list.length === 1) return placeholder;
  const kinds = new Set(list.map((e) => e.kind));
  // A flow's steps through the box stay numbered on the merged edge.
  const steps = list.flatMap((e) => e.steps ?? []).sort((a, b) => a.index - b.index);
  return {
    id: placeholder.id, from: placeholder.from, to: placeholder.to,
    kind: kinds.size === 1 ? first.kind : 'sync',
    label: `${list.length} connections`,
    facts: [], source: first.source,
    findings: list.flatMap((e) => e.findings),
    merged: list.length,
    ...(steps.length > 0 ? { steps } : list.some((e) => e.dimmed) ? { dimmed: true } : {}),
  };
}
