// Rule queue-without-dlq: a consumed queue or topic that redelivers, with nowhere to put messages that keep failing.
import { componentSite, declColumn, freeId } from '../fixes/ruleFix';
import { addProperties, blockText, linesAfter } from '../fixes/rulesEdits';
import { stringOf } from '../properties';
import { encodeString } from '../strings';
import { defineRule } from './define';
import { byPosition, named, ofKind, unique } from './graph';
import { consumersOf } from './queues';

export const rule = defineRule({
  meta: {
    id: 'queue-without-dlq',
    category: 'reliability',
    severity: 'warning',
    description: 'A queue or topic with consumers has no dead-letter queue.',
    fix: 'create `<id>-dlq` of the same kind and engine and set `dlq:`',
  },
  quickFix({ model, component }) {
    if (!component) return undefined;
    const dlq = freeId(model, `${component.id}-dlq`);
    const engine = stringOf(component.properties, 'engine');
    const label = encodeString(component.label ? `${component.label} (dead letters)` : 'Dead letters');
    const declaration = `${component.kind} ${dlq} ${label}${engine ? ` ${blockText([`engine: ${engine}`], 0)}` : ''}`;
    return {
      title: `Create ${component.kind} '${dlq}' and set dlq: ${dlq}`, isPreferred: true, automatic: true,
      edits: [addProperties(componentSite(component), [['dlq', dlq]]), linesAfter(component.decl, declColumn(component.decl), [declaration])],
    };
  },
  check({ model, explain }) {
    return ofKind(model, 'queue', 'topic')
      .filter((queue) => consumersOf(queue).length > 0 && !queue.properties.has('dlq'))
      // At-most-once messages are dropped when they fail, never retried: there is nothing to dead-letter.
      .filter((queue) => stringOf(queue.properties, 'delivery') !== 'at-most-once')
      .map((queue) => ({
        subject: queue,
        message: explain(
          `${queue.kind === 'topic' ? 'Topic' : 'Queue'} ${named(queue)} has consumers but no dead-letter queue.`,
          `Create a dead-letter ${queue.kind} (e.g. '${queue.id}-dlq') and set \`dlq: ${queue.id}-dlq\`, with \`max_retries\` for the attempts before it.`),
        related: byPosition(unique(consumersOf(queue).map((c) => c.to))).map((consumer) => ({ subject: consumer, message: `'${consumer.id}' consumes '${queue.id}'` })),
      }));
  },
});
