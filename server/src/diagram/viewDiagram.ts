// A view's picture (language.md "Views"): only what the view shows, its groups collapsed, drawn the view's way.
import type { DesignModel, Group } from '../language/model';
import { viewContent, type ViewQuery } from '../language/views';
import { collapseGroups } from './collapse';
import type { Diagram } from './model';

/** What a view says about its picture; the model's `View` has this shape. */
export interface ViewOfDiagram {
  id: string;
  label?: string;
  query: ViewQuery;
  collapse: readonly Pick<Group, 'id'>[];
  direction?: 'right' | 'down';
}

/** The ids of the components and groups a view shows (what the exports draw of it). */
export function shownIds(model: DesignModel, query: ViewQuery): Set<string> {
  const content = viewContent(model, query);
  return new Set([...content.components, ...content.groups].map((element) => element.id));
}

/** The picture's title: the design's, then the view's or flow's name, so an exported file says what it shows. */
export function titleWith(diagram: Diagram, part: { id: string; label?: string }): string {
  const name = part.label ?? part.id;
  return diagram.title ? `${diagram.title} — ${name}` : name;
}

/**
 * The diagram of a view, cut from the design's diagram (which keeps its findings): the shown components and the groups
 * around them, every connection between two shown ends (a connection to a drawn group goes to that group), then the
 * view's `collapse` groups collapsed as the preview collapses them. Its layout signature differs from the whole design's,
 * so a layout cache keeps it as an entry of its own.
 */
export function viewDiagram(model: DesignModel, diagram: Diagram, view: ViewOfDiagram): Diagram {
  const shown = shownIds(model, view.query);
  const cut: Diagram = {
    title: titleWith(diagram, view),
    nodes: diagram.nodes.filter((node) => shown.has(node.id)),
    groups: diagram.groups.filter((group) => shown.has(group.id)),
    edges: diagram.edges.filter((edge) => shown.has(edge.from) && shown.has(edge.to)),
    ...(view.direction ? { direction: view.direction } : {}),
  };
  return collapseGroups(cut, view.collapse.map((group) => group.id));
}
