// The `queue` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { n } from './outline';
import { bool, count, duration, engines, enumOf, managed, reference } from './specs';
import { md } from './text';
import type { KindDescriptor } from './types';

export const queue: KindDescriptor<'queue'> = {
  name: 'queue',
  properties: {
    engine: engines('kafka', 'rabbitmq', 'sqs', 'nats', 'redis'),
    partitions: count(1),
    dlq: reference('queue', 'topic'),
    max_retries: count(0),
    retention: duration,
    delivery: enumOf('at-most-once', 'at-least-once', 'exactly-once'),
    encryption: bool,
    sensitive: bool,
    managed,
  },
  doc: {
    title: 'Queue',
    summary: 'Point-to-point message queue: each message is handled by exactly one consumer.',
    markdown: md(
      '**Queue** — point-to-point messaging: producers put messages in, and each message is taken and processed by one consumer, then removed.',
      '',
      'Use it to move work out of the request path (send the email, record the click, resize the image), to absorb bursts, and to spread jobs over a pool of workers; it also decouples producer and consumer so either can be down briefly.',
      '',
      '- **Delivery semantics:** most systems give *at-least-once* delivery — a message whose consumer crashed before acknowledging is delivered again. Consumers must therefore be **idempotent** (deduplicate by message ID, or make the operation naturally repeatable).',
      '- **Retries with backoff:** a failed message is retried a few times with growing delays.',
      '- **Dead-letter queue (DLQ):** after the last retry the message goes to a separate queue for inspection instead of blocking the queue or being lost silently.',
      '- **Monitor queue depth:** a growing backlog means consumers cannot keep up — add workers.',
      '- **Ordering** is generally not guaranteed across parallel consumers unless the engine partitions by key.',
      '- **Request-reply** over two queues gives an asynchronous RPC when needed.',
      '',
      '**In sysd:** `engine: kafka | rabbitmq | sqs | nats | redis`, `partitions`, `dlq` (another queue), `max_retries`, `retention`, `delivery`, `encryption`, `sensitive`, `managed`. Publish with `service ~> queue`, consume with `queue ~> worker`.',
    ),
  },
  diagram: {
    category: 'messaging',
    insets: { top: 8, right: 8, bottom: 0, left: 0 },
    outline: (w, h, shape, detail) => {
      const o = 4;
      return `<rect ${shape} x="${2 * o}" y="0" width="${n(w - 2 * o)}" height="${n(h - 2 * o)}" rx="4"/>`
        + `<rect ${shape} x="${o}" y="${o}" width="${n(w - 2 * o)}" height="${n(h - 2 * o)}" rx="4"/>`
        + `<rect ${shape} x="0" y="${2 * o}" width="${n(w - 2 * o)}" height="${n(h - 2 * o)}" rx="4"/>`;
    },
    icon: () => '<rect x="2" y="6" width="4" height="8" rx="1"/><rect x="8" y="6" width="4" height="8" rx="1"/><path d="M14,10 H18 M16,8 L18,10 L16,12"/>',
  },
  symbol: 'Event',
  traits: ['backend'],
  snippet: {
    id: 'jobs-queue', label: 'Queue', properties: ['engine: ${3|kafka,rabbitmq,sqs,nats,redis|}', 'dlq: $1-dlq', 'max_retries: ${4:3}', 'delivery: ${5|at-least-once,at-most-once,exactly-once|}'],
    extra: ['queue $1-dlq "Dead letters"'],
    why: 'Failed messages go to a dead-letter queue after a few retries instead of blocking or vanishing.',
  },
  mermaid: { shape: ['[/', '/]'], colors: ['#efebe9', '#4e342e'] },
  d2: 'queue',
};
