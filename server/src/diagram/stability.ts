// How far the nodes of a picture move between two layouts: the measure of a layout that keeps still while you type.
import type { DiagramLayout } from './layout';

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
