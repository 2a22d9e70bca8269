// What a view shows (language.md "Views"): the union of include, kinds, tags and an around-neighbourhood, minus exclude.
import type { ComponentKind } from './ast';
import type { Component, DesignModel, Element, Group } from './model';
import { valueOf } from './properties';
import { componentsIn, incomingOf, outgoingOf } from './rules/graph';
import { valueWord } from './schema';

/** A view's selection, resolved: references are elements, absent properties are empty. */
export interface ViewQuery {
  include: readonly Element[];
  kinds: readonly ComponentKind[];
  tags: readonly string[];
  around?: Element;
  /** Connections away from `around`; 1 when not given. */
  depth: number;
  exclude: readonly Element[];
}

export interface ViewContent {
  components: Set<Component>;
  /** Every group with at least one shown member, at any depth: the boxes to draw. */
  groups: Set<Group>;
}

export function tagsOf(element: Element): string[] {
  const value = valueOf(element.properties, 'tags');
  if (value?.type !== 'list') return [];
  return value.items.map(valueWord).filter((word): word is string => word !== undefined);
}

/** The components within `depth` connections of the start, every arrow kind, both directions, through groups. */
export function neighbourhood(start: Element, depth: number): Set<Component> {
  const reached = new Set(componentsIn(start));
  let frontier = [...reached];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: Component[] = [];
    for (const component of frontier) {
      const ends = [...outgoingOf(component).map((c) => c.to), ...incomingOf(component).map((c) => c.from)];
      for (const end of ends) {
        for (const neighbour of componentsIn(end)) {
          if (reached.has(neighbour)) continue;
          reached.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

function selects(query: ViewQuery): boolean {
  return query.include.length > 0 || query.kinds.length > 0 || query.tags.length > 0 || query.around !== undefined;
}

export function viewContent(model: DesignModel, query: ViewQuery): ViewContent {
  const components = new Set<Component>();
  if (!selects(query)) {
    for (const component of model.components) components.add(component);
  } else {
    for (const element of query.include) for (const component of componentsIn(element)) components.add(component);
    if (query.kinds.length > 0 || query.tags.length > 0) {
      const kinds = new Set(query.kinds);
      const tags = new Set(query.tags);
      for (const component of model.components) {
        if (kinds.has(component.kind) || (tags.size > 0 && tagsOf(component).some((tag) => tags.has(tag)))) components.add(component);
      }
    }
    if (query.around) for (const component of neighbourhood(query.around, query.depth)) components.add(component);
  }
  for (const element of query.exclude) for (const component of componentsIn(element)) components.delete(component);
  const groups = new Set<Group>();
  for (const component of components) for (let group = component.group; group && !groups.has(group); group = group.group) groups.add(group);
  return { components, groups };
}
