// Flows (language.md "Flows"): which declared connection each step uses, and what the flow costs in latency and availability.
import type { ArrowKind } from './ast';
import type { Component, Connection, DesignModel, Element } from './model';
import { numberOf } from './properties';

/** A step as the flow states it, references resolved. */
export interface StepQuery {
  from: Element;
  to: Element;
  arrow: ArrowKind;
  /** The step's own `latency`, in seconds. */
  latency?: number;
}

/** Whether `inner` is `outer` or sits inside it at any depth. */
function within(inner: Element, outer: Element): boolean {
  for (let element: Element | undefined = inner; element; element = element.group) if (element === outer) return true;
  return false;
}

/** A step's end matches a connection's end when it is that end, inside that group, or a group holding that end. */
function endMatches(stepEnd: Element, connectionEnd: Element): boolean {
  return within(stepEnd, connectionEnd) || within(connectionEnd, stepEnd);
}

function matches(step: StepQuery, connection: Connection): boolean {
  const forward = endMatches(step.from, connection.from) && endMatches(step.to, connection.to);
  const backward = endMatches(step.from, connection.to) && endMatches(step.to, connection.from);
  switch (step.arrow) {
    case 'sync': return (connection.kind === 'sync' && forward) || (connection.kind === 'duplex' && (forward || backward));
    case 'async': return connection.kind === 'async' && forward;
    case 'duplex': return connection.kind === 'duplex' && (forward || backward);
  }
}

const declarationOrder = new WeakMap<DesignModel, Map<Connection, number>>();

function orderOf(model: DesignModel): Map<Connection, number> {
  let order = declarationOrder.get(model);
  if (!order) {
    order = new Map(model.connections.map((connection, index) => [connection, index]));
    declarationOrder.set(model, order);
  }
  return order;
}

/** Every connection at the element, at a group around it, or at anything inside it (when it is a group). */
function connectionsNear(element: Element): Connection[] {
  const near: Connection[] = [];
  const visitInside = (inner: Element) => {
    near.push(...inner.outgoing, ...inner.incoming);
    if (inner.type === 'group') for (const member of inner.members) visitInside(member);
  };
  visitInside(element);
  for (let group = element.group; group; group = group.group) near.push(...group.outgoing, ...group.incoming);
  return near;
}

/** The declared connection a step uses: among those that match, the first declared. */
export function matchStep(model: DesignModel, step: StepQuery): Connection | undefined {
  const order = orderOf(model);
  let best: Connection | undefined;
  for (const connection of connectionsNear(step.from)) {
    if (!matches(step, connection)) continue;
    if (!best || order.get(connection)! < order.get(best)!) best = connection;
  }
  return best;
}

/** The connections a step's source does have, for the `flow-step-not-connected` suggestion: what it calls, publishes to or talks with. */
export function connectionsFrom(model: DesignModel, from: Element): Connection[] {
  const order = orderOf(model);
  const own = connectionsNear(from).filter((c) => endMatches(from, c.from) || (c.kind === 'duplex' && endMatches(from, c.to)));
  return [...new Set(own)].sort((a, b) => order.get(a)! - order.get(b)!);
}

export interface LatencyTerm {
  /** 1-based step number. */
  step: number;
  seconds: number;
  source: 'step' | 'connection';
}

export interface AvailabilityTerm {
  component: Component;
  percent: number;
}

export interface FlowCost {
  /** The sum of the `->` and `<->` steps' latency; undefined when no step has a latency to count. */
  latency?: { seconds: number; terms: LatencyTerm[] };
  /** The product of the declared availability of each distinct component on the flow; undefined when none declares one. */
  availability?: { percent: number; terms: AvailabilityTerm[] };
}

/** A component's own availability promise: `availability`, or an external's `sla`. */
export function availabilityPromise(component: Component): number | undefined {
  return numberOf(component.properties, 'availability') ?? numberOf(component.properties, 'sla');
}

export function flowCost(steps: ReadonlyArray<{ query: StepQuery; connection?: Connection }>): FlowCost {
  const latencyTerms: LatencyTerm[] = [];
  const availabilityTerms: AvailabilityTerm[] = [];
  const seen = new Set<Component>();
  steps.forEach(({ query, connection }, index) => {
    // A `~>` step adds nothing: the caller does not wait for the message to be handled.
    if (query.arrow !== 'async') {
      const own = query.latency;
      const declared = connection ? numberOf(connection.properties, 'latency') : undefined;
      if (own !== undefined) latencyTerms.push({ step: index + 1, seconds: own, source: 'step' });
      else if (declared !== undefined) latencyTerms.push({ step: index + 1, seconds: declared, source: 'connection' });
    }
    for (const end of [query.from, query.to]) {
      if (end.type !== 'component' || seen.has(end)) continue;
      seen.add(end);
      const percent = availabilityPromise(end);
      if (percent !== undefined) availabilityTerms.push({ component: end, percent });
    }
  });
  return {
    ...(latencyTerms.length > 0 ? { latency: { seconds: latencyTerms.reduce((sum, term) => sum + term.seconds, 0), terms: latencyTerms } } : {}),
    ...(availabilityTerms.length > 0
      ? { availability: { percent: availabilityTerms.reduce((product, term) => product * (term.percent / 100), 1) * 100, terms: availabilityTerms } }
      : {}),
  };
}
