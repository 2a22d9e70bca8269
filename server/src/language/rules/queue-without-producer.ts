// Rule queue-without-producer: a queue or topic nothing publishes to (dead-letter queues excepted).
import { RULE_DOCS } from './docs.generated';
import { byPosition, named, ofKind, unique } from './graph';
import { explain } from './message';
import { consumersOf, deadLetterQueues, producersOf } from './queues';
import type { RuleDefinition } from './types';

export const queueWithoutProducer: RuleDefinition = {
  id: 'queue-without-producer',
  category: 'maintainability',
  severity: 'info',
  description: 'A queue or topic that nothing publishes to.',
  fixable: false,
  docs: RULE_DOCS['queue-without-producer'],
  check({ model }) {
    const dlqs = deadLetterQueues(model);
    return ofKind(model, 'queue', 'topic')
      .filter((queue) => producersOf(queue).length === 0 && !dlqs.has(queue))
      .map((queue) => ({
        subject: queue,
        message: explain('queue-without-producer',
          `Nothing publishes to ${queue.kind} ${named(queue)}: no connection leads into it.`,
          `Connect its producer (\`service ~> ${queue.id}\`), or remove the ${queue.kind}.`),
        related: byPosition(unique(consumersOf(queue).map((c) => c.to))).map((consumer) => ({ subject: consumer, message: `'${consumer.id}' waits for messages from '${queue.id}'` })),
      }));
  },
};
