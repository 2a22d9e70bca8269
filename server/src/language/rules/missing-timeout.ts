// Rule missing-timeout: a synchronous call to a third party with no timeout, on the call or on the third party.
import { connectionSite, propertyFix } from '../fixes/ruleFix';
import { addProperties } from '../fixes/rulesEdits';
import { defineRule } from './define';
import type { RuleDefinition, RuleFinding } from './types';

export const rule = defineRule({
  meta: {
    id: 'missing-timeout',
    category: 'reliability',
    severity: 'info',
    description: 'A `->` connection to an `external` has no `timeout`, and the external declares none either.',
    fix: 'add `timeout: 2s`',
  },
  quickFix({ connection }) {
    return connection && propertyFix('Add timeout: 2s', addProperties(connectionSite(connection.statement), [['timeout', '2s']]));
  },
  check({ model, explain }) {
    const findings: RuleFinding[] = [];
    for (const connection of model.connections) {
      const to = connection.to;
      if (connection.kind !== 'sync' || to.type !== 'component' || to.kind !== 'external' || connection.properties.has('timeout')) continue;
      // A timeout on the external is the one every call to it uses.
      if (to.properties.has('timeout')) continue;
      findings.push({
        subject: connection,
        message: explain(
          `The call ${connection.from.id} → ${to.id} to external '${to.id}' has no timeout.`,
          'Set `timeout` on the connection (e.g. `{ timeout: 2s }`) or on the external for every call to it, retry with backoff, and add a circuit breaker on the caller.'),
        related: [{ subject: to, message: `external '${to.id}'` }],
      });
    }
    return findings;
  },
});
