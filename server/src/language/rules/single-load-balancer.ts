// Rule single-load-balancer: one load balancer instance is the only way into the design.
import { twoInstances } from '../fixes/ruleFix';
import type { Component, DesignModel } from '../model';
import { numberOf } from '../properties';
import { defineRule } from './define';
import { clients, named, requestPath, successors } from './graph';

/** Kinds in front of or beside the back end: reaching only these does not get a client past the load balancer. */
const EDGE_KINDS = new Set(['client', 'cdn', 'external']);

/** Whether, with `blocked` removed, clients still reach some back-end component. */
function reachesBackEndWithout(model: DesignModel, blocked: Component): boolean {
  const seen = new Set<Component>([blocked]);
  const queue = clients(model);
  for (const client of queue) seen.add(client);
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head];
    for (const { to } of successors(current, 'request')) {
      if (seen.has(to)) continue;
      if (!EDGE_KINDS.has(to.kind)) return true;
      seen.add(to);
      queue.push(to);
    }
  }
  return false;
}

export const rule = defineRule({
  meta: {
    id: 'single-load-balancer',
    category: 'reliability',
    severity: 'info',
    description: 'A single load balancer instance fronts the whole design.',
    fix: 'add `instances: 2`',
    escalates: true,
  },
  quickFix({ component }) {
    return component && twoInstances(component);
  },
  check({ model, explain }) {
    const path = requestPath(model);
    return model.components
      .filter((lb) => lb.kind === 'loadbalancer' && path.has(lb) && (numberOf(lb.properties, 'instances') ?? 1) <= 1)
      .filter((lb) => !reachesBackEndWithout(model, lb))
      .map((lb) => ({
        subject: lb,
        message: explain(
          `Load balancer ${named(lb)} runs one instance and every request into the design passes through it.`,
          'Run a redundant pair (`instances: 2`).'),
        related: [{ subject: path.get(lb)!, message: 'client traffic enters here' }],
      }));
  },
});
