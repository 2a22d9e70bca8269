// Runs ELK on a diagram and reads back absolute positions: boxes for nodes and groups, polylines for edges.
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram } from './model';
import { elkGraphOf, type Direction, type OptionOverrides } from './elkGraph';

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
  const visit = (children: ElkNode[] | undefined) => {
    for (const child of children ?? []) {
      if (groupIds.has(child.id)) layout.groups[child.id] = boxOf(child);
      else layout.nodes[child.id] = boxOf(child);
      visit(child.children);
    }
  };
  visit(laid.children);
  for (const edge of laid.edges ?? []) {
    const points: Point[] = [];
    for (const section of edge.sections ?? []) {
      for (const p of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
        const point = { x: round(p.x), y: round(p.y) };
        const last = points[points.length - 1];
        if (!last || last.x !== point.x || last.y !== point.y) points.push(point);
      }
    }
    const label = edge.labels?.[0];
    layout.edges[edge.id] = { points, ...(label ? { label: boxOf(label) } : {}) };
  }
  return layout;
}

export async function layoutDiagram(diagram: Diagram, engine: ElkEngine, direction: Direction = 'right', overrides?: OptionOverrides): Promise<DiagramLayout> {
  const laid = await engine.layout(elkGraphOf(diagram, direction, overrides));
  return readLayout(diagram, laid);
}
