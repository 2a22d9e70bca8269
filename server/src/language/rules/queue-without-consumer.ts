// Rule queue-without-consumer: a queue or topic nothing consumes (dead-letter queues excepted).
import { defineRule } from './define';
import { byPosition, named, ofKind, unique } from './graph';
import { consumersOf, deadLetterQueues, producersOf } from './queues';

export const rule = defineRule({
  meta: {
    id: 'queue-without-consumer',
    category: 'maintainability',
    severity: 'warning',
    description: 'A queue or topic that nothing consumes.',
  },
  check({ model, explain }) {
    const dlqs = deadLetterQueues(model);
    return ofKind(model, 'queue', 'topic')
      .filter((queue) => consumersOf(queue).length === 0 && !dlqs.has(queue))
      .map((queue) => ({
        subject: queue,
        message: explain(
          `Nothing consumes ${queue.kind} ${named(queue)}: no \`~>\` connection leaves it.`,
          `Connect its consumer (\`${queue.id} ~> worker\`), or remove the ${queue.kind}.`),
        related: byPosition(unique(producersOf(queue).map((c) => c.from))).map((producer) => ({ subject: producer, message: `'${producer.id}' publishes to '${queue.id}'` })),
      }));
  },
});
