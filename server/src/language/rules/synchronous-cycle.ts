// Rule synchronous-cycle: components that call each other in a loop of `->` connections.
import { compareText } from '../diagnostics';
import type { Component, Connection } from '../model';
import { defineRule } from './define';
import { byPosition, successors, type Step } from './graph';
import type { RuleFinding } from './types';

/**
 * Strongly connected components of the `->` graph (Tarjan), each a set of components that reach one another.
 * Iterative, with an explicit stack: a pipeline of thousands of services would overflow a recursive walk.
 */
function stronglyConnected(components: Component[]): Component[][] {
  const index = new Map<Component, number>();
  const low = new Map<Component, number>();
  const stack: Component[] = [];
  const onStack = new Set<Component>();
  const result: Component[][] = [];
  const frames: Array<{ component: Component; steps: Step[]; next: number }> = [];
  let counter = 0;
  const enter = (component: Component) => {
    index.set(component, counter); low.set(component, counter); counter++;
    stack.push(component); onStack.add(component);
    frames.push({ component, steps: successors(component, 'sync'), next: 0 });
  };
  for (const root of components) {
    if (index.has(root)) continue;
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const v = frame.component;
      if (frame.next < frame.steps.length) {
        const to = frame.steps[frame.next++].to;
        if (!index.has(to)) enter(to);
        else if (onStack.has(to)) low.set(v, Math.min(low.get(v)!, index.get(to)!));
        continue;
      }
      frames.pop();
      if (low.get(v) === index.get(v)) {
        const scc: Component[] = [];
        let w: Component;
        do { w = stack.pop()!; onStack.delete(w); scc.push(w); } while (w !== v);
        result.push(scc);
      }
      // Back in the caller: what the callee reaches, the caller reaches.
      const caller = frames[frames.length - 1];
      if (caller) low.set(caller.component, Math.min(low.get(caller.component)!, low.get(v)!));
    }
  }
  return result;
}

/** One concrete loop through `start` inside its strongly connected set: the steps in call order. */
function loopThrough(start: Component, members: Set<Component>): Step[] {
  const previous = new Map<Component, { from: Component; step: Step }>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head];
    for (const step of successors(current, 'sync')) {
      const to = step.to;
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [step];
        for (let at = current; at !== start; at = previous.get(at)!.from) path.push(previous.get(at)!.step);
        return path.reverse();
      }
      if (previous.has(to)) continue;
      previous.set(to, { from: current, step });
      queue.push(to);
    }
  }
  return [];
}

function firstInFile(connections: Connection[]): Connection {
  const at = (c: Connection) => c.arrow.range.start;
  return connections.reduce((first, c) => {
    const order = compareText(c.uri, first.uri) || at(c).line - at(first).line || at(c).character - at(first).character;
    return order < 0 ? c : first;
  });
}

export const rule = defineRule({
  meta: {
    id: 'synchronous-cycle',
    category: 'reliability',
    severity: 'warning',
    description: 'Components call each other in a cycle of synchronous (`->`) connections.',
  },
  check({ model, explain }) {
    const findings: RuleFinding[] = [];
    for (const scc of stronglyConnected(model.components)) {
      const members = new Set(scc);
      const start = byPosition(scc)[0];
      const loop = loopThrough(start, members);
      if (loop.length === 0) continue;
      const names = [start.id, ...loop.map((step) => step.to.id)];
      findings.push({
        // One finding per cycle, on its first arrow in file order: where a reader of the file meets the loop first.
        subject: firstInFile(loop.map((step) => step.via)),
        message: explain(
          `Synchronous cycle: ${names.join(' → ')}.`,
          'Break it by making one call asynchronous (publish an event with `~>`), or move the shared logic into one owner.'),
        related: byPosition(members).map((member) => ({ subject: member, message: `'${member.id}' is on the cycle` })),
      });
    }
    return findings;
  },
});
