// Rule missing-rate-limit: nothing at the entry behind a client limits its request rate.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { addProperties } from '../fixes/rulesEdits';
import type { Component } from '../model';
import { booleanOf } from '../properties';
import { defineRule } from './define';
import { byPosition, clients, firstReached, listOf } from './graph';
import type { RuleDefinition, RuleFinding } from './types';

const ENTRY_KINDS = ['gateway', 'loadbalancer', 'service'] as const;

/** `rate_limit: 100/s`, or `rate_limit: true` (a limit whose figure is configured elsewhere). */
function limitsRate(component: Component): boolean {
  return component.properties.has('rate_limit') && booleanOf(component.properties, 'rate_limit') !== false;
}

export const rule = defineRule({
  meta: {
    id: 'missing-rate-limit',
    category: 'security',
    severity: 'warning',
    description: 'No CDN, gateway, load balancer or service at the first hops behind a client has a rate limit.',
    fix: 'add `rate_limit: 100/s` on the entry component',
  },
  quickFix({ component }) {
    // Only gateways and load balancers take a rate limit; a service entry needs one put in front of it.
    if (!component || (component.kind !== 'gateway' && component.kind !== 'loadbalancer')) return undefined;
    return propertyFix('Add rate_limit: 100/s', addProperties(componentSite(component), [['rate_limit', '100/s']]));
  },
  check({ model, explain }) {
    // The entry of a client is the first gateway, load balancer or service it reaches; a CDN or DNS in front is passed
    // through, and a rate limit on a CDN in front protects the entry as well.
    const unprotected = new Map<Component, Component[]>();
    for (const client of clients(model)) {
      const front = new Set<Component>();
      const entries = firstReached(client, ENTRY_KINDS, ['cdn', 'dns'], front);
      if (entries.length === 0 || [...entries, ...front].some(limitsRate)) continue;
      for (const entry of entries) unprotected.set(entry, [...(unprotected.get(entry) ?? []), client]);
    }
    const findings: RuleFinding[] = [];
    for (const entry of byPosition(unprotected.keys())) {
      const behind = unprotected.get(entry)!;
      findings.push({
        subject: entry,
        message: explain(
          `No rate limit at the entry behind ${behind.length === 1 ? 'client' : 'clients'} ${listOf(behind.map((c) => `'${c.id}'`))}: ${entry.kind} '${entry.id}' takes their traffic unthrottled.`,
          `Add \`rate_limit\` (e.g. \`rate_limit: 100/s\`) on '${entry.id}'.`),
        related: behind.map((client) => ({ subject: client, message: `client '${client.id}' enters here` })),
      });
    }
    return findings;
  },
});
