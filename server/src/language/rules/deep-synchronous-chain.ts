// Rule deep-synchronous-chain: more than maxSyncDepth `->` hops in a row, starting at a client.
import type { Component, Connection } from '../model';
import { defineRule } from './define';
import { clients, successors, type Step } from './graph';
import type { RuleDefinition, RuleFinding } from './types';

export const rule = defineRule({
  meta: {
    id: 'deep-synchronous-chain',
    category: 'performance',
    severity: 'info',
    description: 'A chain of more than `maxSyncDepth` (default 4) synchronous hops starts at a client.',
  },
  check({ model, config, explain }) {
    const limit = config.maxSyncDepth;
    // The hop that crosses the limit, with the first chain found that crosses it there.
    const crossings = new Map<Connection, Component[]>();
    // A component reached again at the same depth leads to the same crossings: exploring it once keeps this linear
    // in components × depth instead of exponential in the fan-out.
    const explored = new Set<string>();
    // Depth first, in call order, with an explicit stack: `maxSyncDepth` may be set high and chains be long.
    const frames: Array<{ chain: Component[]; steps: Step[]; next: number }> = [];
    const enter = (chain: Component[]) => {
      const current = chain[chain.length - 1];
      const state = `${current.id}@${chain.length}`;
      if (explored.has(state)) return;
      explored.add(state);
      frames.push({ chain, steps: successors(current, 'sync'), next: 0 });
    };
    for (const client of clients(model)) {
      enter([client]);
      while (frames.length > 0) {
        const frame = frames[frames.length - 1];
        if (frame.next >= frame.steps.length) { frames.pop(); continue; }
        const { to, via } = frame.steps[frame.next++];
        if (frame.chain.includes(to)) continue;
        const longer = [...frame.chain, to];
        if (longer.length - 1 > limit) {
          if (!crossings.has(via)) crossings.set(via, longer);
          continue;
        }
        enter(longer);
      }
    }
    const findings: RuleFinding[] = [];
    for (const [connection, chain] of crossings) {
      findings.push({
        subject: connection,
        message: explain(
          `${chain.map((c) => c.id).join(' → ')} is ${chain.length - 1} synchronous hops, more than ${limit} (maxSyncDepth).`,
          'Make a step the user need not wait for asynchronous: publish to a `queue` with `~>` and let a worker do it.'),
        related: [{ subject: chain[0], message: `the chain starts at client '${chain[0].id}'` }],
      });
    }
    return findings;
  },
});
