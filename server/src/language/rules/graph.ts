// The connection graph as the rules read it: group expansion, the request path from clients, and message wording.
import type { ComponentKind } from '../ast';
import type { Component, Connection, DesignModel, Element } from '../model';
import { compareText } from '../diagnostics';
import { stringOf } from '../properties';

/** The components an element stands for: itself, or every component nested in a group. */
export function componentsIn(element: Element): Component[] {
  if (element.type === 'component') return [element];
  return element.members.flatMap(componentsIn);
}

/** The element and the groups around it, innermost first: a connection to or from a group counts for its members. */
function withGroups(component: Component): Element[] {
  const chain: Element[] = [component];
  for (let group = component.group; group; group = group.group) chain.push(group);
  return chain;
}

/** Connections leaving a component, its own and those of the groups it sits in. */
export function outgoingOf(component: Component): Connection[] {
  // Most components sit in no group or in groups with no connections of their own: no copy needed then.
  if (!hasGroupConnections(component, 'outgoing')) return component.outgoing;
  return withGroups(component).flatMap((element) => element.outgoing);
}

/** Connections arriving at a component, directly or through a group it sits in. */
export function incomingOf(component: Component): Connection[] {
  if (!hasGroupConnections(component, 'incoming')) return component.incoming;
  return withGroups(component).flatMap((element) => element.incoming);
}

function hasGroupConnections(component: Component, direction: 'incoming' | 'outgoing'): boolean {
  for (let group = component.group; group; group = group.group) if (group[direction].length > 0) return true;
  return false;
}

export interface Step {
  to: Component;
  via: Connection;
}

/** A scheduled call (`periodic: 2m`, a config reload): part of no request, so no path or cycle follows it. */
export function isPeriodic(connection: Connection): boolean {
  return connection.properties.has('periodic');
}

/**
 * Where a component's calls go: `->` only (`sync`), or the request path's `->` and `<->` in both directions (`request`).
 * Neither follows a `periodic` connection.
 */
export function successors(component: Component, mode: 'sync' | 'request'): Step[] {
  const steps: Step[] = [];
  for (const connection of outgoingOf(component)) {
    if (connection.kind === 'async' || (mode === 'sync' && connection.kind === 'duplex') || isPeriodic(connection)) continue;
    for (const to of componentsIn(connection.to)) steps.push({ to, via: connection });
  }
  if (mode === 'request') {
    for (const connection of incomingOf(component)) {
      if (connection.kind !== 'duplex' || isPeriodic(connection)) continue;
      for (const to of componentsIn(connection.from)) steps.push({ to, via: connection });
    }
  }
  return steps;
}

const requestPaths = new WeakMap<DesignModel, Map<Component, Component>>();

/**
 * The request path: every component reached from a client over `->` and `<->` (through groups), mapped to a
 * client that reaches it. It stops at `~>` and never follows a `periodic` connection: a component reached only through a
 * queue or a scheduled call is not on it.
 */
export function requestPath(model: DesignModel): Map<Component, Component> {
  const cached = requestPaths.get(model);
  if (cached) return cached;
  const reached = new Map<Component, Component>();
  for (const client of clients(model)) {
    const queue = [client];
    // A moving head instead of shift(): shift() copies the array, quadratic on long paths.
    for (let head = 0; head < queue.length; head++) {
      const current = queue[head];
      for (const { to } of successors(current, 'request')) {
        if (to.kind === 'client' || reached.has(to)) continue;
        reached.set(to, client);
        queue.push(to);
      }
    }
  }
  requestPaths.set(model, reached);
  return reached;
}

export function clients(model: DesignModel): Component[] {
  return model.components.filter((c) => c.kind === 'client');
}

export function ofKind(model: DesignModel, ...kinds: ComponentKind[]): Component[] {
  return model.components.filter((c) => kinds.includes(c.kind));
}

/**
 * The first components of the given kinds a client reaches on the request path, passing through anything else listed in
 * `through`; the components passed through are added to `passed` when given.
 */
export function firstReached(client: Component, stopAt: readonly ComponentKind[], through: readonly ComponentKind[], passed?: Set<Component>): Component[] {
  const found = new Set<Component>();
  const seen = new Set<Component>([client]);
  const queue = [client];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head];
    for (const { to } of successors(current, 'request')) {
      if (seen.has(to)) continue;
      seen.add(to);
      if (stopAt.includes(to.kind)) found.add(to);
      else if (through.includes(to.kind)) { queue.push(to); passed?.add(to); }
    }
  }
  return [...found];
}

/** Whether a connection changes the data it reaches: `access` is `write` or `read-write` (the default). */
export function writes(connection: Connection): boolean {
  return (stringOf(connection.properties, 'access') ?? 'read-write') !== 'read';
}

/** Whether a connection reads the data it reaches: `access` is `read` or `read-write` (the default). */
export function reads(connection: Connection): boolean {
  return (stringOf(connection.properties, 'access') ?? 'read-write') !== 'write';
}

/** `'api'` or `'api' ("Notes API")`, for messages. */
export function named(element: Element): string {
  return `'${element.id}'`;
}

/** `a, b and c`. */
export function listOf(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Unique by identity, in first-seen order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Components sorted by where they are declared, so findings and related information are deterministic. */
export function byPosition<T extends Element>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => compareText(a.uri, b.uri) || a.idRange.start.line - b.idRange.start.line || a.idRange.start.character - b.idRange.start.character);
}
