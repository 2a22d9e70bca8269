// The size guard of the live preview: designs above sysd.preview.maxNodes get a notice instead of a slow interactive layout.
import type { Diagram } from '../../../server/src/diagram/model';

/**
 * The notice to show instead of the diagram, or undefined when what would be drawn (`drawn`: the design with its
 * collapsed groups as boxes, the overview of a large design) is small enough to lay out live.
 */
export function sizeNotice(diagram: Diagram, maxNodes: number, drawn: Diagram = diagram): string | undefined {
  if (drawn.nodes.length + drawn.groups.length <= maxNodes) return undefined;
  const size = diagram.nodes.length + diagram.groups.length;
  return `This design has ${size} components and groups, more than the preview lays out interactively (sysd.preview.maxNodes = ${maxNodes}). Raise the setting, split the design with imports, or export it with "sysd render".`;
}
