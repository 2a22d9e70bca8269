// Rule synchronous-cycle: components that call each other in a loop of `->` connections.
import type { Component } from '../model';
import { RULE_DOCS } from './docs.generated';
import { byPosition, successors, type Step } from './graph';
import { explain } from './message';
import type { RuleDefinition, RuleFinding } from './types';

/** Strongly connected components of the `->` graph (Tarjan), each a set of components that reach one another. */
function stronglyConnected(components: Component[]): Component[][] {
  const index = new Map<Component, number>();
  const low = new Map<Component, number>();
  const stack: Component[] = [];
  const onStack = new Set<Component>();
  const result: Component[][] = [];
  let next = 0;
  const visit = (v: Component) => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); onStack.add(v);
    for (const { to } of successors(v, 'sync')) {
      if (!index.has(to)) { visit(to); low.set(v, Math.min(low.get(v)!, low.get(to)!)); } else if (onStack.has(to)) low.set(v, Math.min(low.get(v)!, index.get(to)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: Component[] = [];
      let w: Component;
      do { w = stack.pop()!; onStack.delete(w); scc.push(w); } while (w !== v);
      result.push(scc);
    }
  };
  for (const component of components) if (!index.has(component)) visit(component);
  return result;
}

/** One concrete loop through `start` inside its strongly connected set: the steps in call order. */
function loopThrough(start: Component, members: Set<Component>): Step[] {
  const previous = new Map<Component, { from: Component; step: Step }>();
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const step of successors(current, 'sync')) {
      const to = step.to;
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [step];
        for (let at = current; at !== start; at = previous.get(at)!.from) path.unshift(previous.get(at)!.step);
        return path;
      }
      if (previous.has(to)) continue;
      previous.set(to, { from: current, step });
      queue.push(to);
    }
  }
  return [];
}

export const synchronousCycle: RuleDefinition = {
  id: 'synchronous-cycle',
  category: 'reliability',
  severity: 'warning',
  description: 'Components call each other in a cycle of synchronous (`->`) connections.',
  fixable: false,
  docs: RULE_DOCS['synchronous-cycle'],
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const scc of stronglyConnected(model.components)) {
      const members = new Set(scc);
      const start = byPosition(scc)[0];
      const loop = loopThrough(start, members);
      if (loop.length === 0) continue;
      const names = [start.id, ...loop.map((step) => step.to.id)];
      const closing = loop[loop.length - 1].via;
      findings.push({
        subject: closing,
        message: explain('synchronous-cycle',
          `Synchronous cycle: ${names.join(' → ')}.`,
          'Break it by making one call asynchronous (publish an event with `~>`), or move the shared logic into one owner.'),
        related: byPosition(members).map((member) => ({ subject: member, message: `'${member.id}' is on the cycle` })),
      });
    }
    return findings;
  },
};
