// Rule missing-load-balancer: a client or CDN calls a multi-instance service directly.
import { declColumn, freeId } from '../fixes/ruleFix';
import { blockText, linesAfter } from '../fixes/rulesEdits';
import type { Component } from '../model';
import { numberOf, rangeOf } from '../properties';
import { encodeString } from '../strings';
import { defineRule } from './define';
import type { RuleDefinition, RuleFinding } from './types';

export function scalesOut(service: Component): boolean {
  return (numberOf(service.properties, 'instances') ?? 1) > 1 || rangeOf(service.properties, 'autoscale') !== undefined;
}

export const rule = defineRule({
  meta: {
    id: 'missing-load-balancer',
    category: 'scalability',
    severity: 'warning',
    description: 'A client or CDN calls a service with several instances directly, with no load balancer or gateway between.',
    fix: 'insert a `loadbalancer` and rewire the connection',
    structural: true,
  },
  quickFix({ model, diagnostic, connection }) {
    if (!connection || connection.to.type !== 'component') return undefined;
    const service = connection.to;
    const statement = connection.statement;
    // Rewiring a ref in the middle of a chain (`a -> svc -> db`) would cut the chain: only the last hop is rewired.
    const lastHop = statement.hops[statement.hops.length - 1];
    if (!lastHop.targets.includes(connection.toRef)) return undefined;
    const lb = freeId(model, `${service.id}-lb`);
    const column = declColumn(service.decl);
    const declaration = `loadbalancer ${lb} ${encodeString(`Load balancer for ${service.label ?? service.id}`)} ${blockText(['instances: 2', 'health_check: 30s', 'rate_limit: 100/s'], column)}`;
    return {
      title: `Insert load balancer '${lb}' in front of '${service.id}'`, isPreferred: true,
      // A service imported from another file: the edits are all in this file, so the new balancer goes after the connection.
      edits: service.uri === diagnostic.uri ? [
        linesAfter(service.decl, column, [declaration]),
        { range: connection.toRef.range, newText: lb },
        linesAfter(statement, statement.source.range.start.character, [`${lb} -> ${service.id}`]),
      ] : [
        { range: connection.toRef.range, newText: lb },
        linesAfter(statement, statement.source.range.start.character, [declaration, `${lb} -> ${service.id}`]),
      ],
    };
  },
  check({ model, explain }) {
    const findings: RuleFinding[] = [];
    for (const connection of model.connections) {
      const { from, to } = connection;
      if (connection.kind === 'async' || from.type !== 'component' || to.type !== 'component') continue;
      if ((from.kind !== 'client' && from.kind !== 'cdn') || to.kind !== 'service' || !scalesOut(to)) continue;
      const instances = rangeOf(to.properties, 'autoscale') ? 'autoscales' : `runs ${numberOf(to.properties, 'instances')} instances`;
      findings.push({
        subject: connection,
        message: explain(
          `${from.kind === 'cdn' ? 'CDN' : 'Client'} '${from.id}' calls service '${to.id}' directly, but '${to.id}' ${instances}.`,
          `Put a \`loadbalancer\` (or a \`gateway\`) between them: \`${from.id} -> lb\`, \`lb -> ${to.id}\`.`),
        related: [{ subject: to, message: `service '${to.id}'` }],
      });
    }
    return findings;
  },
});
