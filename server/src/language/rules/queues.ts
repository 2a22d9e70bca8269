// What the queue rules share: who consumes and who publishes to a queue or topic, and which queues are DLQs.
import type { Component, Connection, DesignModel } from '../model';
import { stringOf } from '../properties';
import { incomingOf, outgoingOf } from './graph';

/** Async connections out of a queue: its consumers (`queue ~> worker`). */
export function consumersOf(queue: Component): Connection[] {
  return outgoingOf(queue).filter((c) => c.kind === 'async');
}

/** Any connection into a queue: its producers. */
export function producersOf(queue: Component): Connection[] {
  return incomingOf(queue);
}

/** Components named as some queue's or topic's `dlq`, mapped to the queues they serve. */
export function deadLetterQueues(model: DesignModel): Map<Component, Component[]> {
  const served = new Map<Component, Component[]>();
  for (const owner of model.components) {
    const name = stringOf(owner.properties, 'dlq');
    const target = name === undefined ? undefined : model.elements.get(name);
    if (target?.type !== 'component') continue;
    served.set(target, [...(served.get(target) ?? []), owner]);
  }
  return served;
}
