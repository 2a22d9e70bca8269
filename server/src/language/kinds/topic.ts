// The `topic` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { n } from './outline';
import { md } from './text';
import { queue } from './queue';
import type { KindDescriptor } from './types';

export const topic: KindDescriptor<'topic'> = {
  name: 'topic',
  // Queues and topics are configured alike; they differ in who receives a message.
  properties: queue.properties,
  doc: {
    title: 'Topic',
    summary: 'Publish-subscribe channel: every subscriber receives each message.',
    markdown: md(
      '**Topic** — publish-subscribe messaging: a producer publishes an event once and every subscriber receives its own copy.',
      '',
      'Use it for *fan-out* — a `user.created` event that the notification, search-indexing and analytics services each need — and for event-driven architectures where producers do not know who listens. Adding a new consumer needs no change to the producer.',
      '',
      '- **Ordering by partition:** engines such as Kafka split a topic into partitions and keep order only within a partition. Key messages by the entity (e.g. `user_id`) so all events of one entity stay in order; partitions also cap how many consumers of one group can work in parallel.',
      '- **Consumer groups:** within one subscribing group, each message goes to one member, which is how a subscriber scales out.',
      '- **Retention:** the broker keeps messages until every subscriber has processed them, or for a retention period, which also allows replaying history (event sourcing).',
      '- **Delivery:** at-least-once is the usual default, so subscribers must be idempotent; failed messages go to a dead-letter queue after their retries.',
      '',
      '**In sysd:** the queue properties — `engine`, `partitions`, `dlq`, `max_retries`, `retention`, `delivery`. Subscribe with `topic ~> consumer`.',
    ),
  },
  diagram: {
    category: 'messaging',
    insets: { top: 0, right: 16, bottom: 0, left: 0 },
    outline: (w, h, shape, detail) => {
      const s = 16;
      return `<path ${shape} d="M0,0 H${n(w - s)} L${n(w)},${n(h / 2)} L${n(w - s)},${n(h)} H0 Z"/>`;
    },
    icon: () => '<circle cx="10" cy="10" r="2"/><path d="M6,6 A5.5,5.5 0 0 0 6,14 M14,6 A5.5,5.5 0 0 1 14,14 M3.5,3.5 A9,9 0 0 0 3.5,16.5 M16.5,3.5 A9,9 0 0 1 16.5,16.5"/>',
  },
  symbol: 'Event',
  traits: ['backend'],
  snippet: {
    id: 'events', label: 'Topic', properties: ['engine: ${3|kafka,rabbitmq,sqs,nats,redis|}', 'dlq: $1-dlq', 'retention: ${4:7d}', 'delivery: ${5|at-least-once,at-most-once,exactly-once|}'],
    extra: ['queue $1-dlq "Dead letters"'],
    why: 'Every subscriber gets each message; a dead-letter queue keeps failures for inspection and replay.',
  },
  mermaid: { shape: ['[/', '/]'], colors: ['#efebe9', '#4e342e'] },
  d2: 'queue',
};
