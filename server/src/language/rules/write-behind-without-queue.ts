// Rule write-behind-without-queue: a write-behind cache whose deferred writes go through no queue.
import type { Component } from '../model';
import { stringOf } from '../properties';
import { defineRule } from './define';
import { byPosition, componentsIn, incomingOf, listOf, named, ofKind, outgoingOf, writes } from './graph';
import type { RuleDefinition, RuleFinding } from './types';

function publishesToQueue(component: Component): boolean {
  return outgoingOf(component).some((c) => componentsIn(c.to).some((to) => to.kind === 'queue' || to.kind === 'topic'));
}

export const rule = defineRule({
  meta: {
    id: 'write-behind-without-queue',
    category: 'reliability',
    severity: 'warning',
    description: 'A write-behind cache whose writers publish to no queue or topic.',
  },
  check({ model, explain }) {
    const findings: RuleFinding[] = [];
    for (const cache of ofKind(model, 'cache')) {
      if (stringOf(cache.properties, 'pattern') !== 'write-behind') continue;
      const writers = new Set<Component>();
      for (const connection of incomingOf(cache)) {
        if (connection.kind !== 'async' && writes(connection) && connection.from.type === 'component') writers.add(connection.from);
      }
      if (writers.size === 0 || [...writers].some(publishesToQueue)) continue;
      const sorted = byPosition(writers);
      findings.push({
        subject: cache,
        message: explain(
          `Cache ${named(cache)} is write-behind, but its ${sorted.length === 1 ? 'writer' : 'writers'} ${listOf(sorted.map((w) => `'${w.id}'`))} publish${sorted.length === 1 ? 'es' : ''} to no queue.`,
          'Queue the deferred database writes (`writer ~> queue`, `queue ~> worker`, `worker -> database`) so a cache failure cannot lose them.'),
        related: sorted.map((writer) => ({ subject: writer, message: `'${writer.id}' writes to '${cache.id}'` })),
      });
    }
    return findings;
  },
});
