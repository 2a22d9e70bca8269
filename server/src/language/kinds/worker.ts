// The `worker` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { count } from './specs';
import { n } from './outline';
import { md } from './text';
import { service } from './service';
import type { KindDescriptor } from './types';

export const worker: KindDescriptor<'worker'> = {
  name: 'worker',
  // A worker is a service that consumes: it takes every service setting.
  properties: { ...service.properties, concurrency: count(1) },
  doc: {
    title: 'Worker',
    summary: 'Background consumer that processes jobs or messages from a queue or topic.',
    markdown: md(
      '**Worker** — a background process that consumes messages or jobs (from a queue or topic) and does work that need not happen inside the user\'s request: sending notifications, updating counters, resizing images, writing analytics.',
      '',
      '- **Decoupling:** producers return as soon as the message is queued; workers process at their own pace, and a burst of traffic becomes a longer queue instead of an outage.',
      '- **Scale by consumers:** add worker instances (or raise `concurrency`) when the queue depth grows. With Kafka, parallelism is bounded by the number of partitions.',
      '- **Be idempotent:** most brokers deliver at least once, so the same message can arrive twice; processing it twice must not double-charge or double-count.',
      '- **Handle poison messages:** retry a limited number of times with backoff, then move the message to a dead-letter queue instead of blocking the stream.',
      '- Watch queue depth and processing lag: they are the worker tier\'s main health signals.',
      '',
      '**In sysd:** the service properties (`instances`, `autoscale`, `capacity`, `timeout`, `retries`, …) plus `concurrency`. Connect it as a consumer with `queue ~> worker`.',
    ),
  },
  diagram: {
    category: 'compute',
    insets: { top: 0, right: 8, bottom: 0, left: 8 },
    outline: (w, h, shape, detail) =>
      `<rect ${shape} x="0" y="0" width="${n(w)}" height="${n(h)}" rx="3"/>`
        + `<path ${detail} d="M8,0 V${n(h)} M${n(w - 8)},0 V${n(h)}"/>`,
    icon: () => '<circle cx="10" cy="10" r="3"/><path d="M10,2 V5 M10,15 V18 M2,10 H5 M15,10 H18 M4.3,4.3 L6.5,6.5 M13.5,13.5 L15.7,15.7 M4.3,15.7 L6.5,13.5 M13.5,6.5 L15.7,4.3"/>',
  },
  symbol: 'Method',
  snippet: {
    id: 'jobs-worker', label: 'Background worker', properties: ['instances: ${3:2}', 'concurrency: ${4:16}', 'timeout: ${5:30s}'],
    why: 'Several workers keep consuming when one fails; a timeout bounds a stuck job.',
  },
  mermaid: { shape: ['[[', ']]'], colors: ['#f1f8e9', '#558b2f'] },
  d2: 'step',
};
