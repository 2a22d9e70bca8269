// Rule single-load-balancer: a load balancer that is not redundant by itself and alone stands between a client and every service.
import { twoInstances } from '../fixes/ruleFix';
import { isRedundant } from '../impact/redundancy';
import { reachedFrom } from '../impact/paths';
import type { Component } from '../model';
import { byPosition, clients, listOf, named, ofKind } from './graph';
import { defineRule } from './define';

function hasService(path: Set<Component>): boolean {
  for (const component of path) if (component.kind === 'service') return true;
  return false;
}

/** The clients that reach at least one service, and none once `lb` is down: for them `lb` is the only way in. */
function cutOffBy(lb: Component, reaching: ReadonlyArray<Component>): Component[] {
  const down = new Set([lb]);
  return reaching.filter((client) => !hasService(reachedFrom(client, down)));
}

export const rule = defineRule({
  meta: {
    id: 'single-load-balancer',
    category: 'reliability',
    severity: 'info',
    description: 'A load balancer that is not internally redundant is the only way from a client to its services.',
    fix: 'add `instances: 2`',
    escalates: true,
  },
  quickFix({ component }) {
    return component && twoInstances(component);
  },
  check({ model, explain }) {
    const candidates = ofKind(model, 'loadbalancer').filter((lb) => !isRedundant(lb));
    if (candidates.length === 0) return [];
    // Clients that reach no service have nothing a load balancer could cut them off from.
    const reaching = byPosition(clients(model).filter((client) => hasService(reachedFrom(client))));
    return candidates.flatMap((lb) => {
      const cut = cutOffBy(lb, reaching);
      if (cut.length === 0) return [];
      const who = `${cut.length === 1 ? 'client' : 'clients'} ${listOf(cut.map((c) => `'${c.id}'`))}`;
      return [{
        subject: lb,
        message: explain(
          `Load balancer ${named(lb)} runs one instance and every request from ${who} to a service passes through it: if it fails, ${cut.length === 1 ? 'that client reaches' : 'those clients reach'} no service.`,
          'Run a redundant pair (`instances: 2`) or use a managed load balancer (`managed: true`).'),
        related: cut.map((client) => ({ subject: client, message: `client '${client.id}' reaches its services only through '${lb.id}'` })),
      }];
    });
  },
});
