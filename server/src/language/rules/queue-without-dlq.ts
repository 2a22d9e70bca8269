// Rule queue-without-dlq: a consumed queue or topic with nowhere to put messages that keep failing.
import { RULE_DOCS } from './docs.generated';
import { byPosition, named, ofKind, unique } from './graph';
import { explain } from './message';
import { consumersOf } from './queues';
import type { RuleDefinition } from './types';

export const queueWithoutDlq: RuleDefinition = {
  id: 'queue-without-dlq',
  category: 'reliability',
  severity: 'warning',
  description: 'A queue or topic with consumers has no dead-letter queue.',
  fixable: true,
  fix: 'create `<id>-dlq` of the same kind and engine and set `dlq:`',
  docs: RULE_DOCS['queue-without-dlq'],
  check({ model }) {
    return ofKind(model, 'queue', 'topic')
      .filter((queue) => consumersOf(queue).length > 0 && !queue.properties.has('dlq'))
      .map((queue) => ({
        subject: queue,
        message: explain('queue-without-dlq',
          `${queue.kind === 'topic' ? 'Topic' : 'Queue'} ${named(queue)} has consumers but no dead-letter queue.`,
          `Create a dead-letter ${queue.kind} (e.g. '${queue.id}-dlq') and set \`dlq: ${queue.id}-dlq\`, with \`max_retries\` for the attempts before it.`),
        related: byPosition(unique(consumersOf(queue).map((c) => c.to))).map((consumer) => ({ subject: consumer, message: `'${consumer.id}' consumes '${queue.id}'` })),
      }));
  },
};
