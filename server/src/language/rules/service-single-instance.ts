// Rule service-single-instance: a service, gateway or worker on the request path that is not redundant by itself.
import { twoInstances } from '../fixes/ruleFix';
import { isRedundant } from '../impact/redundancy';
import { defineRule } from './define';
import { named, requestPath } from './graph';

export const rule = defineRule({
  meta: {
    id: 'service-single-instance',
    category: 'reliability',
    severity: 'warning',
    description: 'A service, gateway or worker on the request path runs a single instance.',
    fix: 'add `instances: 2`',
    escalates: true,
  },
  quickFix({ component }) {
    return component && twoInstances(component);
  },
  check({ model, explain }) {
    const path = requestPath(model);
    return model.components
      .filter((c) => (c.kind === 'service' || c.kind === 'gateway' || c.kind === 'worker') && path.has(c))
      .filter((c) => !isRedundant(c))
      .map((c) => {
        const client = path.get(c)!;
        return {
          subject: c,
          message: explain(
            `${c.kind === 'gateway' ? 'Gateway' : c.kind === 'worker' ? 'Worker' : 'Service'} ${named(c)} runs a single instance on the request path from client '${client.id}'.`,
            'Run at least two instances (`instances: 2`), set `autoscale: 2..N`, or use a managed offering (`managed: true`).'),
          related: [{ subject: client, message: `client '${client.id}' reaches '${c.id}' synchronously` }],
        };
      });
  },
});
