// Rule insecure-public-traffic: public or third-party traffic over plain http or websocket.
import { propertyFix } from '../fixes/ruleFix';
import type { Element } from '../model';
import { stringOf } from '../properties';
import { defineRule } from './define';
import type { RuleDefinition, RuleFinding } from './types';

/** The encrypted protocol for each plain one. */
export const SECURE_PROTOCOL: Record<string, string> = { http: 'https', websocket: 'wss' };

export const rule = defineRule({
  meta: {
    id: 'insecure-public-traffic',
    category: 'security',
    severity: 'warning',
    description: 'A connection from a client, or to or from an external system, uses http or websocket instead of https or wss.',
    fix: 'change the protocol to `https` / `wss`',
  },
  quickFix({ connection }) {
    if (!connection) return undefined;
    const protocol = connection.properties.get('protocol');
    const secure = protocol?.value && SECURE_PROTOCOL[stringOf(connection.properties, 'protocol') ?? ''];
    return protocol?.value && secure ? propertyFix(`Use protocol: ${secure}`, { range: protocol.value.range, newText: secure }) : undefined;
  },
  check({ model, explain }) {
    const findings: RuleFinding[] = [];
    for (const connection of model.connections) {
      const protocol = stringOf(connection.properties, 'protocol');
      if (protocol === undefined || !(protocol in SECURE_PROTOCOL)) continue;
      const { from, to } = connection;
      const isKind = (kind: string, element: Element) => element.type === 'component' && element.kind === kind;
      const client = isKind('client', from) ? from : connection.kind === 'duplex' && isKind('client', to) ? to : undefined;
      const external = isKind('external', from) ? from : isKind('external', to) ? to : undefined;
      const party = client ?? external;
      if (!party) continue;
      const where = client ? `from client '${client.id}'` : `with external '${party.id}'`;
      findings.push({
        subject: connection,
        message: explain(
          `The connection ${from.id} → ${to.id} ${where} uses unencrypted '${protocol}'.`,
          `Use \`protocol: ${SECURE_PROTOCOL[protocol]}\`.`),
        related: [{ subject: party, message: client ? 'public client' : 'third-party system' }],
        data: { protocol, secure: SECURE_PROTOCOL[protocol] },
      });
    }
    return findings;
  },
});
