// Rule orphan-component: a component nothing connects to, that connects to nothing and that is no queue's dead-letter queue.
import { deleteLines } from '../fixes/rulesEdits';
import { defineRule } from './define';
import { incomingOf, named, outgoingOf } from './graph';
import { deadLetterQueues } from './queues';

export const rule = defineRule({
  meta: {
    id: 'orphan-component',
    category: 'maintainability',
    severity: 'hint',
    description: 'A component with no connections at all.',
    fix: 'remove the component',
    tags: ['unnecessary'],
    structural: true,
  },
  quickFix({ component }) {
    return component && { title: `Remove '${component.id}'`, edits: [deleteLines(component.decl)] };
  },
  check({ model, explain }) {
    // A dead-letter queue is part of the design though no arrow reaches it: its queue moves messages there.
    const deadLetters = deadLetterQueues(model);
    return model.components
      // Monitoring watches every component: drawing those arrows would hide the design, so it stands alone.
      .filter((c) => c.kind !== 'monitoring')
      .filter((c) => incomingOf(c).length === 0 && outgoingOf(c).length === 0 && !deadLetters.has(c))
      .map((c) => ({
        subject: c,
        message: explain(
          `${c.kind[0].toUpperCase()}${c.kind.slice(1)} ${named(c)} has no connections.`,
          `Connect it (e.g. \`service -> ${c.id}\`) or remove it.`),
      }));
  },
});
