// Runs ELK on a diagram and reads back absolute positions: boxes for nodes and groups, polylines for edges.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram } from './model';
import { elkGraphOf, type Direction, type GraphOptions, type OptionOverrides } from './elkGraph';
import { parsePieceId } from './pieces';

export interface Point { x: number; y: number }
export interface Box { x: number; y: number; width: number; height: number }

export interface EdgeLayout {
  /** Start, bends, end. */
  points: Point[];
  label?: Box;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: Record<string, Box>;
  groups: Record<string, Box>;
  edges: Record<string, EdgeLayout>;
}

/** Anything that lays out an ELK graph: elkjs in-process, or a worker that runs it. */
export interface ElkEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

const round = (n: number | undefined) => Math.round((n ?? 0) * 10) / 10;

function boxOf(node: { x?: number; y?: number; width?: number; height?: number }): Box {
  return { x: round(node.x), y: round(node.y), width: round(node.width), height: round(node.height) };
}

/** Reads a laid-out graph (coordinates are absolute: the graph asks ELK for ROOT coordinates). */
export function readLayout(diagram: Diagram, laid: ElkNode): DiagramLayout {
  const groupIds = new Set(diagram.groups.map((g) => g.id));
  const layout: DiagramLayout = { width: round(laid.width), height: round(laid.height), nodes: {}, groups: {}, edges: {} };
  // A connection across groups comes back in pieces, one per container it passes, numbered in order.
  const pieces = new Map<string, Array<{ index: number; reversed: boolean; edge: ElkExtendedEdge }>>();
  const visit = (container: ElkNode) => {
    for (const edge of container.edges ?? []) {
      // Packing links (their ids start with the separator) are not connections: parsePieceId leaves them out.
      const piece = parsePieceId(edge.id);
      if (!piece) continue;
      const list = pieces.get(piece.edge) ?? [];
      list.push({ index: piece.index, reversed: piece.reversed, edge });
      pieces.set(piece.edge, list);
    }
    for (const child of container.children ?? []) {
      if (groupIds.has(child.id)) layout.groups[child.id] = boxOf(child);
      else layout.nodes[child.id] = boxOf(child);
      visit(child);
    }
  };
  visit(laid);
  for (const [id, list] of pieces) {
    const points: Point[] = [];
    let label: Box | undefined;
    for (const { edge, reversed } of list.sort((a, b) => a.index - b.index)) {
      // ELK routed a reversed piece from its target to its source: read it the way the connection goes.
      const own = (edge.sections ?? []).flatMap((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
      if (reversed) own.reverse();
      for (const p of own) {
        const point = { x: round(p.x), y: round(p.y) };
        const last = points[points.length - 1];
        if (!last || last.x !== point.x || last.y !== point.y) points.push(point);
      }
      if (edge.labels?.[0]) label = boxOf(edge.labels[0]);
    }
    layout.edges[id] = { points: straightened(points), ...(label ? { label } : {}) };
  }
  return layout;
}

/** Drops points in the middle of a straight run (where two pieces meet at a port, the line goes on). */
function straightened(points: Point[]): Point[] {
  return points.filter((p, i) => {
    if (i === 0 || i === points.length - 1) return true;
    const [a, b] = [points[i - 1], points[i + 1]];
    return !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
  });
}

export async function layoutDiagram(diagram: Diagram, engine: ElkEngine, direction: Direction = 'right', overrides?: OptionOverrides, options?: GraphOptions): Promise<DiagramLayout> {
  const laid = await engine.layout(elkGraphOf(diagram, direction, overrides, options));
  return readLayout(diagram, laid);
}
