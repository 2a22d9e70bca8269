// The request path of each client, and what is left of it when some components are down.
import type { Component, DesignModel } from '../model';
import { clients, successors } from '../rules/graph';

/**
 * The components on one client's request path (rules.md "Paths"), without entering any of `down`: a down component
 * takes no calls and makes none, but the components calling it stay reachable. A client that is down reaches nothing.
 */
export function reachedFrom(client: Component, down: ReadonlySet<Component> = new Set()): Set<Component> {
  const reached = new Set<Component>();
  if (down.has(client)) return reached;
  const queue = [client];
  for (let head = 0; head < queue.length; head++) {
    for (const { to } of successors(queue[head], 'request')) {
      if (to.kind === 'client' || reached.has(to) || down.has(to)) continue;
      reached.add(to);
      queue.push(to);
    }
  }
  return reached;
}

/** Every client with its whole request path, in ID order. */
export function requestPaths(model: DesignModel): Array<{ client: Component; path: Set<Component> }> {
  return clients(model).sort(byId).map((client) => ({ client, path: reachedFrom(client) }));
}

/** Code-point order of IDs: every list of IDs the impact analysis hands out is sorted this way. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortedIds(items: Iterable<{ id: string }>): string[] {
  return [...items].sort(byId).map((item) => item.id);
}
