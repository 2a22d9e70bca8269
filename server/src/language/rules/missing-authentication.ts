// Rule missing-authentication: a service a client reaches on some path where nothing checks who is calling.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { addProperties } from '../fixes/rulesEdits';
import type { Component } from '../model';
import { wordOf } from '../properties';
import { defineRule } from './define';
import { byPosition, clients, named, successors } from './graph';

/** A gateway or service that checks the caller's identity. */
function authenticates(component: Component): boolean {
  return (component.kind === 'gateway' || component.kind === 'service') && (wordOf(component.properties, 'auth') ?? 'none') !== 'none';
}

interface Unchecked {
  client: Component;
  /** The path from the client to the service, the client first. */
  path: Component[];
}

/**
 * For each service, a client and a path from it on which no gateway or service up to and including the service
 * authenticates. A walk with no check on it holds a simple path with none, so a search over the components reached
 * unchecked is enough; it stops at a component that checks, as every path through it is checked.
 */
function uncheckedServices(clientsOf: Component[]): Map<Component, Unchecked> {
  const found = new Map<Component, Unchecked>();
  for (const client of clientsOf) {
    const parent = new Map<Component, Component>();
    const queue = [client];
    for (let head = 0; head < queue.length; head++) {
      const current = queue[head];
      for (const { to } of successors(current, 'request')) {
        if (to.kind === 'client' || parent.has(to) || to === client || authenticates(to)) continue;
        parent.set(to, current);
        queue.push(to);
        if (to.kind === 'service' && !found.has(to)) {
          const path = [to];
          for (let at = parent.get(to); at; at = parent.get(at)) path.unshift(at);
          found.set(to, { client, path });
        }
      }
    }
  }
  return found;
}

export const rule = defineRule({
  meta: {
    id: 'missing-authentication',
    category: 'security',
    severity: 'info',
    description: 'A client reaches a service on a path where no gateway or service checks `auth`.',
    fix: 'add `auth: jwt` on the entry gateway, else on the first service',
  },
  quickFix({ model, diagnostic }) {
    const at = diagnostic.data?.authAt;
    const target = typeof at === 'string' ? model.elements.get(at) : undefined;
    if (!target || target.type !== 'component' || target.uri !== diagnostic.uri) return undefined;
    // Preferred, but never applied by fix-all: switching authentication on breaks every caller that sends no credentials.
    return { ...propertyFix(`Add auth: jwt on '${target.id}'`, addProperties(componentSite(target), [['auth', 'jwt']])), automatic: false };
  },
  check({ model, explain }) {
    const unchecked = uncheckedServices(clients(model));
    return byPosition(unchecked.keys()).map((service) => {
      const { client, path } = unchecked.get(service)!;
      // The fix goes where one check covers the most: the first gateway on the way in, else the first service.
      const entry = path.find((c) => c.kind === 'gateway') ?? path.find((c) => c.kind === 'service')!;
      return {
        subject: service,
        message: explain(
          `Client ${named(client)} reaches service ${named(service)} (${path.map((c) => c.id).join(' → ')}) with no \`auth\` on any gateway or service on the way.`,
          `Authenticate at the entry: set \`auth\` (e.g. \`auth: jwt\`) on ${named(entry)}.`),
        related: [{ subject: client, message: `client '${client.id}' calls in here` },
          ...(entry === service ? [] : [{ subject: entry, message: `'${entry.id}' is where a check would cover it` }])],
        data: { authAt: entry.id },
      };
    });
  },
});
