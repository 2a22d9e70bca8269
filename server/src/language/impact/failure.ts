// Failure impact (rules.md "Impact"): with some components down, which clients lose what, which flows break, what stalls.
import type { Component, DesignModel, Element } from '../model';
import { componentsIn, incomingOf, outgoingOf } from '../rules/graph';
import { reachedFrom, requestPaths, sortedIds } from './paths';

/** One step of a flow as impact reads it: its two ends (components or groups). */
export interface ImpactStep {
  from: Element;
  to: Element;
  /** The step's 1-based number as written, when it differs from its place in `steps` (a step naming an unknown ID is left out). */
  index?: number;
}

export interface ImpactFlow {
  id: string;
  steps: readonly ImpactStep[];
}

export interface ClientImpact {
  client: string;
  unreachable: string[];
}

export interface FlowImpact {
  flow: string;
  broken: boolean;
  /** The 1-based number of the first step that touches a failed component, when broken. */
  step?: number;
}

export type StallReason = 'no consumer left' | 'fed only by stopped queues';

export interface Stall {
  component: string;
  reason: StallReason;
}

export interface FailureImpact {
  failed: string[];
  clients: ClientImpact[];
  flows: FlowImpact[];
  stalled: Stall[];
}

/** The components the elements stand for, a group for all its members at any depth. */
export function failureSet(elements: Iterable<Element>): Set<Component> {
  const down = new Set<Component>();
  for (const element of elements) for (const component of componentsIn(element)) down.add(component);
  return down;
}

/** What stops working with `down` failed. */
export function failureImpact(model: DesignModel, down: ReadonlySet<Component>, flows: readonly ImpactFlow[] = []): FailureImpact {
  return {
    failed: sortedIds(down),
    clients: requestPaths(model).map(({ client, path }) => {
      const still = reachedFrom(client, down);
      return { client: client.id, unreachable: sortedIds([...path].filter((component) => !still.has(component))) };
    }),
    flows: [...flows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((flow) => flowImpact(flow, down)),
    stalled: stalls(model, down),
  };
}

function endFailed(end: Element, down: ReadonlySet<Component>): boolean {
  if (end.type === 'component') return down.has(end);
  const members = componentsIn(end);
  return members.length > 0 && members.every((member) => down.has(member));
}

function flowImpact(flow: ImpactFlow, down: ReadonlySet<Component>): FlowImpact {
  const index = flow.steps.findIndex((step) => endFailed(step.from, down) || endFailed(step.to, down));
  return index < 0 ? { flow: flow.id, broken: false } : { flow: flow.id, broken: true, step: flow.steps[index].index ?? index + 1 };
}

function isQueue(component: Component): boolean {
  return component.kind === 'queue' || component.kind === 'topic';
}

/** Components a queue or topic delivers to (`queue ~> worker`, through groups). */
function consumers(queue: Component): Component[] {
  return outgoingOf(queue).filter((c) => c.kind === 'async').flatMap((c) => componentsIn(c.to));
}

/**
 * Queues and topics whose consumers are all down, and components every input of which is a `~>` from a queue or
 * topic that is down or stalled. A two-way channel is an input at both its ends. Worked to a fixpoint with a worklist:
 * each component is looked at again only when one of the queues feeding it stops.
 */
function stalls(model: DesignModel, down: ReadonlySet<Component>): Stall[] {
  const stalled = new Map<Component, StallReason>();
  const stopped = (component: Component) => isQueue(component) && (down.has(component) || stalled.has(component));
  const inputsOf = (component: Component) => [
    ...incomingOf(component),
    ...outgoingOf(component).filter((connection) => connection.kind === 'duplex'),
  ];
  const fedOnlyByStopped = (component: Component) => {
    const inputs = inputsOf(component);
    return inputs.length > 0 && inputs.every((input) => input.kind === 'async' &&
      componentsIn(input.from).every((source) => source !== component && stopped(source)));
  };
  const work: Component[] = [];
  for (const component of model.components) {
    if (down.has(component) || !isQueue(component)) continue;
    const fed = consumers(component);
    if (fed.length > 0 && fed.every((consumer) => down.has(consumer))) stalled.set(component, 'no consumer left');
  }
  for (const component of model.components) if (stopped(component)) work.push(component);
  while (work.length > 0) {
    for (const next of consumers(work.pop()!)) {
      if (down.has(next) || stalled.has(next) || !fedOnlyByStopped(next)) continue;
      stalled.set(next, 'fed only by stopped queues');
      if (isQueue(next)) work.push(next);
    }
  }
  return [...stalled].sort(([a], [b]) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(([component, reason]) => ({ component: component.id, reason }));
}
