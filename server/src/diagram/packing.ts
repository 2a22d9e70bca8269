// The shape of a block of unconnected members: how many go into one layer so the block comes close to an aspect ratio.
import type { Direction } from './elkGraph';

/** Fewer loose members than this stay in one layer, as ELK places them (a short column reads fine). */
export const PACK_MIN = 5;

interface Size { width: number; height: number }

/**
 * Members per layer for `sizes` packed into layers (columns when the flow goes right, rows when it goes down) so that
 * width / height comes close to `aspect`. With n members of average footprint w × h (spacing included) and k per layer:
 * right: width ≈ (n / k)·w, height ≈ k·h, so k = √(n·w / (aspect·h)); down: width ≈ k·w, height ≈ (n / k)·h, so
 * k = √(aspect·n·h / w). The aspect is clamped to 1..3: a block is never taller than wide, nor flatter than 3:1.
 */
export function blockShape(sizes: readonly Size[], direction: Direction, aspect: number, spacing: { nodeNode: number; betweenLayers: number }): number {
  const n = sizes.length;
  if (n === 0) return 1;
  const mean = (pick: (s: Size) => number) => sizes.reduce((sum, s) => sum + pick(s), 0) / n;
  // Never taller than wide: a block aimed at a tall panel came out as a column (one member per layer), which ELK
  // staggers into a staircase along the connections that enter it.
  const target = Math.min(3, Math.max(1, aspect));
  const w = mean((s) => s.width) + (direction === 'right' ? spacing.betweenLayers : spacing.nodeNode);
  const h = mean((s) => s.height) + (direction === 'right' ? spacing.nodeNode : spacing.betweenLayers);
  const k = direction === 'right' ? Math.sqrt((n * w) / (target * h)) : Math.sqrt((target * n * h) / w);
  return Math.max(1, Math.min(n, Math.round(k)));
}
