// How readable a laid-out picture is, in numbers: edge crossings, drawing area and edge length (the cost side of faster layout options).
import type { Box, DiagramLayout, Point } from './layout';

export interface LayoutQuality {
  /** Points where segments of two different edges cross (touching at an end or running along each other does not count). */
  crossings: number;
  width: number;
  height: number;
  /** width × height in px². */
  area: number;
  /** Sum of every edge's polyline length in px. */
  edgeLength: number;
  /** Bends over all edges (points between start and end). */
  bends: number;
}

interface Segment { a: Point; b: Point; edge: number; minX: number; maxX: number; minY: number; maxY: number }

/** Sign of the turn a → b → c, with a tolerance so rounded coordinates on a line count as on it. */
function turn(a: Point, b: Point, c: Point): number {
  const cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  return Math.abs(cross) < 1e-6 ? 0 : Math.sign(cross);
}

/** A proper crossing: each segment has the other's ends strictly on opposite sides (so shared ends and overlaps are not crossings). */
function segmentsCross(p: Segment, q: Segment): boolean {
  if (p.maxX < q.minX || q.maxX < p.minX || p.maxY < q.minY || q.maxY < p.minY) return false;
  const d1 = turn(p.a, p.b, q.a);
  const d2 = turn(p.a, p.b, q.b);
  const d3 = turn(q.a, q.b, p.a);
  const d4 = turn(q.a, q.b, p.b);
  return d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0 && d1 !== d2 && d3 !== d4;
}

function segmentsOf(points: Point[], edge: number): Segment[] {
  const segments: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    segments.push({ a, b, edge, minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x), minY: Math.min(a.y, b.y), maxY: Math.max(a.y, b.y) });
  }
  return segments;
}

export function qualityOf(layout: DiagramLayout): LayoutQuality {
  const segments: Segment[] = [];
  let edgeLength = 0;
  let bends = 0;
  Object.values(layout.edges).forEach((edge, index) => {
    const own = segmentsOf(edge.points, index);
    for (const s of own) edgeLength += Math.hypot(s.b.x - s.a.x, s.b.y - s.a.y);
    bends += Math.max(0, edge.points.length - 2);
    segments.push(...own);
  });
  // Sweep over x: only segments whose x-extents overlap are compared (a few thousand segments stay fast).
  segments.sort((s, t) => s.minX - t.minX);
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    for (let j = i + 1; j < segments.length && segments[j].minX <= s.maxX; j++) {
      if (segments[j].edge !== s.edge && segmentsCross(s, segments[j])) crossings++;
    }
  }
  return { crossings, width: layout.width, height: layout.height, area: layout.width * layout.height, edgeLength: Math.round(edgeLength), bends };
}

/** Pairs of boxes drawn over each other that the picture must keep apart. */
export interface Overlaps {
  nodeNode: number;
  labelNode: number;
  labelLabel: number;
  /** A group's title strip under a node that is not inside that group. */
  titleNode: number;
  titleLabel: number;
  titleTitle: number;
  total: number;
}

/** What is drawn: a node's box, an edge label's box, or a group's title strip (the top padding the title sits in). */
interface Drawn { kind: 'node' | 'label' | 'title'; box: Box; id: string }

/** What overlapsOf needs of the diagram: which group each node and group is drawn in. */
export interface Nesting {
  nodes: ReadonlyArray<{ id: string; parent?: string }>;
  groups: ReadonlyArray<{ id: string; parent?: string }>;
}

/** Height of a group's title strip: the top padding the layout reserves for the title. */
export const TITLE_STRIP = 38;

/** Boxes that share more than `slack` px on both axes overlap (touching edges and rounding do not count). */
function overlap(a: Box, b: Box, slack: number): boolean {
  return Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > slack
    && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > slack;
}

/**
 * Counts the pairs of drawn boxes that overlap: node on node, edge label on node or label, and a group's title strip
 * on a label, another title strip, or a node that is not inside the group (its own members sit below the strip).
 */
export function overlapsOf(layout: DiagramLayout, nesting: Nesting, titleStrip = TITLE_STRIP, slack = 0.5): Overlaps {
  const parentOf = new Map<string, string | undefined>([...nesting.nodes, ...nesting.groups].map((e) => [e.id, e.parent]));
  const inside = (id: string, group: string) => {
    for (let at = parentOf.get(id); at; at = parentOf.get(at)) if (at === group) return true;
    return false;
  };
  const drawn: Drawn[] = [
    ...Object.entries(layout.nodes).map(([id, box]) => ({ kind: 'node' as const, box, id })),
    ...Object.entries(layout.edges).flatMap(([id, edge]) => (edge.label ? [{ kind: 'label' as const, box: edge.label, id }] : [])),
    ...Object.entries(layout.groups).map(([id, g]) => ({ kind: 'title' as const, box: { ...g, height: Math.min(g.height, titleStrip) }, id })),
  ].sort((a, b) => a.box.x - b.box.x);
  const counts: Overlaps = { nodeNode: 0, labelNode: 0, labelLabel: 0, titleNode: 0, titleLabel: 0, titleTitle: 0, total: 0 };
  const key: Record<string, keyof Overlaps> = {
    'node+node': 'nodeNode', 'label+node': 'labelNode', 'node+label': 'labelNode', 'label+label': 'labelLabel',
    'title+node': 'titleNode', 'node+title': 'titleNode', 'title+label': 'titleLabel', 'label+title': 'titleLabel', 'title+title': 'titleTitle',
  };
  // Sweep over x: only boxes whose x-extents meet are compared.
  for (let i = 0; i < drawn.length; i++) {
    const a = drawn[i];
    for (let j = i + 1; j < drawn.length && drawn[j].box.x < a.box.x + a.box.width; j++) {
      const b = drawn[j];
      if (!overlap(a.box, b.box, slack)) continue;
      if (a.kind === 'title' && b.kind === 'node' && inside(b.id, a.id)) continue;
      if (b.kind === 'title' && a.kind === 'node' && inside(a.id, b.id)) continue;
      counts[key[`${a.kind}+${b.kind}`]]++;
      counts.total++;
    }
  }
  return counts;
}
