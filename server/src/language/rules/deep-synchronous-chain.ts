// Rule deep-synchronous-chain: more than maxSyncDepth `->` hops in a row behind a client, the front of the system not counted.
import type { ComponentKind } from '../ast';
import type { Component, Connection } from '../model';
import { defineRule } from './define';
import { clients, successors, type Step } from './graph';
import type { RuleFinding } from './types';

/** Kinds that stand in front of the system: a hop to or from one of them is not a hop of the back end's chain. */
const FRONT: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['client', 'cdn', 'dns']);

function counts(from: Component, to: Component): boolean {
  return !FRONT.has(from.kind) && !FRONT.has(to.kind);
}

/**
 * The first chain from `client` (depth first, connections in declaration order) with more than `limit` counted hops,
 * ending with the hop past the limit; undefined when there is none.
 */
function firstDeepChain(client: Component, limit: number): { chain: Component[]; crossing: Connection; hops: number } | undefined {
  // A component reached again with the same count leads to the same chains: exploring it once keeps this linear in
  // components × depth instead of exponential in the fan-out.
  const explored = new Set<string>();
  // An explicit stack: `maxSyncDepth` may be set high and chains be long.
  const frames: Array<{ chain: Component[]; hops: number; steps: Step[]; next: number }> = [];
  const enter = (chain: Component[], hops: number) => {
    const current = chain[chain.length - 1];
    const state = `${current.id}@${hops}`;
    if (explored.has(state)) return;
    explored.add(state);
    frames.push({ chain, hops, steps: successors(current, 'sync'), next: 0 });
  };
  enter([client], 0);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame.next >= frame.steps.length) { frames.pop(); continue; }
    const { to, via } = frame.steps[frame.next++];
    if (frame.chain.includes(to)) continue;
    const from = frame.chain[frame.chain.length - 1];
    const hops = frame.hops + (counts(from, to) ? 1 : 0);
    const longer = [...frame.chain, to];
    if (hops > limit) return { chain: longer, crossing: via, hops };
    enter(longer, hops);
  }
  return undefined;
}

export const rule = defineRule({
  meta: {
    id: 'deep-synchronous-chain',
    category: 'performance',
    severity: 'info',
    description: 'A chain of more than `maxSyncDepth` (default 4) synchronous hops behind a client, not counting clients, CDNs and DNS.',
  },
  check({ model, config, explain }) {
    const limit = config.maxSyncDepth;
    const findings: RuleFinding[] = [];
    for (const client of clients(model)) {
      const found = firstDeepChain(client, limit);
      if (!found) continue;
      const { chain, crossing, hops } = found;
      findings.push({
        subject: crossing,
        message: explain(
          `${chain.map((c) => c.id).join(' → ')} is ${hops} synchronous hops, more than ${limit} (maxSyncDepth); hops to or from a client, CDN or DNS do not count.`,
          'Make a step the user need not wait for asynchronous: publish to a `queue` with `~>` and let a worker do it.'),
        related: chain.map((component, index) => ({
          subject: component,
          message: index === 0 ? `the chain starts at client '${component.id}'` : `step ${index} of the chain: '${component.id}'`,
        })),
      });
    }
    return findings;
  },
});
