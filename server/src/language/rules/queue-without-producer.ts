// Rule queue-without-producer: a queue or topic nothing publishes to (dead-letter queues excepted).
import { defineRule } from './define';
import { byPosition, named, ofKind, unique } from './graph';
import { consumersOf, deadLetterQueues, producersOf } from './queues';

export const rule = defineRule({
  meta: {
    id: 'queue-without-producer',
    category: 'maintainability',
    severity: 'info',
    description: 'A queue or topic that nothing publishes to.',
  },
  check({ model, explain }) {
    const dlqs = deadLetterQueues(model);
    return ofKind(model, 'queue', 'topic')
      .filter((queue) => producersOf(queue).length === 0 && !dlqs.has(queue))
      .map((queue) => ({
        subject: queue,
        message: explain(
          `Nothing publishes to ${queue.kind} ${named(queue)}: no connection leads into it.`,
          `Connect its producer (\`service ~> ${queue.id}\`), or remove the ${queue.kind}.`),
        related: byPosition(unique(consumersOf(queue).map((c) => c.to))).map((consumer) => ({ subject: consumer, message: `'${consumer.id}' waits for messages from '${queue.id}'` })),
      }));
  },
});
