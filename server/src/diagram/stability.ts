// How far the nodes of a picture move between two layouts: the measure of a layout that keeps still while you type.
import type { DiagramLayout } from './layout';
import type { Direction } from './pieces';

export interface Movement {
  /** Nodes present in both layouts. */
  compared: number;
  /** Nodes whose centre moved more than `threshold` px once the common shift of the picture is taken out. */
  moved: number;
  /** Mean and largest displacement in px, common shift taken out. */
  mean: number;
  max: number;
  /** The common shift (median dx, dy): the whole picture sliding is not a reshuffle. */
  shift: { x: number; y: number };
  /** Share of node pairs that keep their left/right and above/below order (1 = nothing swapped places). */
  orderKept: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
};

export function movement(before: DiagramLayout, after: DiagramLayout, threshold = 10): Movement {
  const deltas: Array<{ x: number; y: number }> = [];
  const pairs: Array<[{ x: number; y: number }, { x: number; y: number }]> = [];
  for (const [id, a] of Object.entries(before.nodes)) {
    const b = after.nodes[id];
    if (!b) continue;
    const from = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
    const to = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    pairs.push([from, to]);
    deltas.push({ x: to.x - from.x, y: to.y - from.y });
  }
  // Pairs side by side (within 1 px) have no order to keep on that axis.
  const side = (a: number, b: number) => (Math.abs(a - b) < 1 ? 0 : Math.sign(a - b));
  let kept = 0;
  let total = 0;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      for (const axis of ['x', 'y'] as const) {
        const before = side(pairs[i][0][axis], pairs[j][0][axis]);
        if (before === 0) continue;
        total++;
        if (side(pairs[i][1][axis], pairs[j][1][axis]) === before) kept++;
      }
    }
  }
  const shift = { x: median(deltas.map((d) => d.x)), y: median(deltas.map((d) => d.y)) };
  const distances = deltas.map((d) => Math.hypot(d.x - shift.x, d.y - shift.y));
  return {
    compared: deltas.length,
    moved: distances.filter((d) => d > threshold).length,
    mean: distances.length ? distances.reduce((s, d) => s + d, 0) / distances.length : 0,
    max: distances.length ? Math.max(...distances) : 0,
    shift,
    orderKept: total ? kept / total : 1,
  };
}

/** The axis layers run along: for a flow to the right, a layer is a column (same x), ordered top to bottom. */
export type Flow = Direction;

export interface LayerOrder {
  /** Pairs of nodes in the same group and layer before the edit, present after it. */
  pairs: number;
  /** Of those, the pairs still in the same order across the layer after the edit. */
  kept: number;
  /** kept / pairs (1 when there are no pairs). */
  share: number;
  /** Every pair kept its order: the measure of issue 20's goal (100% of edits). */
  allKept: boolean;
}

type Span = { start: number; end: number };

/**
 * Layers of the nodes of one group: nodes whose boxes overlap along the flow axis by at least half the shorter one
 * (transitively). ELK places a layer's nodes in one band but aligns them at one side or neither, so boxes of
 * different widths share neither a start nor a centre exactly, while nodes of different layers never overlap.
 */
function layersOf(ids: string[], span: (id: string) => Span): string[][] {
  const parent = ids.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [span(ids[i]), span(ids[j])];
      const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      if (shared >= Math.min(a.end - a.start, b.end - b.start) / 2) parent[root(j)] = root(i);
    }
  }
  const layers = new Map<number, string[]>();
  ids.forEach((id, i) => layers.set(root(i), [...(layers.get(root(i)) ?? []), id]));
  return [...layers.values()];
}

/**
 * Whether an edit kept the relative order of the other nodes within their layer and group: nodes of one group that
 * share a layer before (see layersOf), in the order of their centres across the flow (top to bottom for `right`,
 * left to right for `down`). A pair counts as kept when, after the edit, their centres are still apart by more than
 * 1 px in the same order (a pair that moved side by side across the flow has lost its order). Nodes only in one of
 * the layouts (the new one) are left out.
 */
export function layerOrderKept(before: DiagramLayout, after: DiagramLayout, nesting: { nodes: ReadonlyArray<{ id: string; parent?: string }> }, flow: Flow): LayerOrder {
  const [along, across, size] = flow === 'right' ? (['x', 'y', 'width'] as const) : (['y', 'x', 'height'] as const);
  const members = new Map<string | undefined, string[]>();
  for (const node of nesting.nodes) {
    if (!before.nodes[node.id] || !after.nodes[node.id]) continue;
    members.set(node.parent, [...(members.get(node.parent) ?? []), node.id]);
  }
  const span = (id: string): Span => {
    const box = before.nodes[id];
    return { start: box[along], end: box[along] + box[size] };
  };
  const centre = (layout: DiagramLayout, id: string) => {
    const box = layout.nodes[id];
    return box[across] + (across === 'x' ? box.width : box.height) / 2;
  };
  let pairs = 0;
  let kept = 0;
  for (const ids of members.values()) {
    for (const layer of layersOf(ids, span)) {
      for (let i = 0; i < layer.length; i++) {
        for (let j = i + 1; j < layer.length; j++) {
          const was = centre(before, layer[i]) - centre(before, layer[j]);
          const now = centre(after, layer[i]) - centre(after, layer[j]);
          if (Math.abs(was) <= 1) continue; // stacked on each other before: no order to keep
          pairs++;
          if (Math.abs(now) > 1 && Math.sign(now) === Math.sign(was)) kept++;
        }
      }
    }
  }
  return { pairs, kept, share: pairs ? kept / pairs : 1, allKept: kept === pairs };
}

/**
 * Which way a picture flows, read from its edges: the axis along which targets lie further from their sources
 * (for a layout whose direction was chosen by the layout itself, e.g. from the panel's aspect ratio).
 */
export function flowOf(layout: DiagramLayout, edges: ReadonlyArray<{ from: string; to: string }>): Flow {
  let dx = 0;
  let dy = 0;
  for (const edge of edges) {
    const [a, b] = [layout.nodes[edge.from], layout.nodes[edge.to]];
    if (!a || !b) continue;
    dx += Math.abs(b.x + b.width / 2 - (a.x + a.width / 2));
    dy += Math.abs(b.y + b.height / 2 - (a.y + a.height / 2));
  }
  return dy > dx ? 'down' : 'right';
}
