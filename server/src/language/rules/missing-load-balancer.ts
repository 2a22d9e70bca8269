// Rule missing-load-balancer: a client or CDN calls a multi-instance service directly.
import type { Component } from '../model';
import { numberOf, rangeOf } from '../properties';
import { RULE_DOCS } from './docs.generated';
import { explain } from './message';
import type { RuleDefinition, RuleFinding } from './types';

export function scalesOut(service: Component): boolean {
  return (numberOf(service.properties, 'instances') ?? 1) > 1 || rangeOf(service.properties, 'autoscale') !== undefined;
}

export const missingLoadBalancer: RuleDefinition = {
  id: 'missing-load-balancer',
  category: 'scalability',
  severity: 'warning',
  description: 'A client or CDN calls a service with several instances directly, with no load balancer or gateway between.',
  fixable: true,
  fix: 'insert a `loadbalancer` and rewire the connection',
  docs: RULE_DOCS['missing-load-balancer'],
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const connection of model.connections) {
      const { from, to } = connection;
      if (connection.kind === 'async' || from.type !== 'component' || to.type !== 'component') continue;
      if ((from.kind !== 'client' && from.kind !== 'cdn') || to.kind !== 'service' || !scalesOut(to)) continue;
      const instances = rangeOf(to.properties, 'autoscale') ? 'autoscales' : `runs ${numberOf(to.properties, 'instances')} instances`;
      findings.push({
        subject: connection,
        message: explain('missing-load-balancer',
          `${from.kind === 'cdn' ? 'CDN' : 'Client'} '${from.id}' calls service '${to.id}' directly, but '${to.id}' ${instances}.`,
          `Put a \`loadbalancer\` (or a \`gateway\`) between them: \`${from.id} -> lb\`, \`lb -> ${to.id}\`.`),
        related: [{ subject: to, message: `service '${to.id}'` }],
      });
    }
    return findings;
  },
};
