// Lays out only when the picture's structure changed: recent layouts are kept under a signature of everything ELK sees.
import type { ElkNode } from 'elkjs/lib/elk-api';
import { elkGraphOf, type Direction, type GraphOptions, type OptionOverrides } from './elkGraph';
import { readLayout, type DiagramLayout, type ElkEngine } from './layout';
import type { Diagram } from './model';

/**
 * What ELK sees of a graph, as one string: ids, declaration order, hierarchy, node sizes, edges, edge-label sizes and
 * options. Label text is left out (ELK only uses its measured size), so a property, label or finding edit that keeps
 * every size leaves the signature unchanged, and anything that could move a box or an edge changes it.
 */
export function layoutSignature(graph: ElkNode): string {
  return JSON.stringify(graph, (key, value: unknown) => (key === 'text' ? undefined : value));
}

export interface CachedLayout {
  /** Shared with later renders of the same structure: read it, never change it. */
  layout: DiagramLayout;
  /** True when an earlier layout was re-used and ELK did not run. */
  reused: boolean;
}

/** The last few layouts (two documents shown in turn, the export beside the preview), newest last. */
export class LayoutCache {
  private readonly entries = new Map<string, DiagramLayout>();

  constructor(private readonly capacity = 4) {}

  async layout(diagram: Diagram, engine: ElkEngine, direction: Direction = 'right', overrides?: OptionOverrides, options?: GraphOptions): Promise<CachedLayout> {
    const graph = elkGraphOf(diagram, direction, overrides, options);
    const signature = layoutSignature(graph);
    const known = this.entries.get(signature);
    if (known) {
      this.entries.delete(signature);
      this.entries.set(signature, known);
      return { layout: known, reused: true };
    }
    const layout = readLayout(diagram, await engine.layout(graph));
    this.entries.set(signature, layout);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return { layout, reused: false };
  }

  clear(): void {
    this.entries.clear();
  }
}
