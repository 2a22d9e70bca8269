// The outline and icon of each component kind, as SVG fragments in the node's own coordinates (drawn by the kind descriptors).
import type { ComponentKind } from '../language/ast';
import { kindOf } from '../language/kinds';

/** Outline elements (class `shape` fills; `shape-detail` draws extra strokes such as a cylinder's lid). */
export function shapeOf(kind: ComponentKind, w: number, h: number, cls: string): string {
  return kindOf(kind).diagram.outline(w, h, `class="shape ${cls}"`, `class="shape-detail ${cls}"`);
}

/** A 20×20 line icon per kind (clients pick a monitor, a phone, a chip, or a person by `type`). */
export function iconOf(kind: ComponentKind, clientType?: string): string {
  return kindOf(kind).diagram.icon(clientType);
}
