// How readable a laid-out picture is, in numbers: edge crossings, drawing area and edge length (the cost side of faster layout options).
import type { DiagramLayout, Point } from './layout';

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
