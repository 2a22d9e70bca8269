// The `monitoring` component kind (v2): metrics, logs, traces and alerting, e.g. Prometheus, Datadog or CloudWatch.
import { n } from './outline';
import { duration, enumOf, managed, text } from './specs';
import { md } from './text';
import type { KindDescriptor } from './types';

export const monitoring: KindDescriptor<'monitoring'> = {
  name: 'monitoring',
  properties: {
    provider: text,
    signals: { type: 'list', of: enumOf('metrics', 'logs', 'traces', 'alerts') },
    retention: duration,
    managed,
  },
  doc: {
    title: 'Monitoring',
    summary: 'Collects metrics, logs and traces from the other components and alerts people when something is wrong.',
    markdown: md(
      '**Monitoring** — the system that watches the others: it gathers what they report and tells someone when a figure leaves its normal range.',
      '',
      'Without it, the first sign of trouble is a user complaint. What to watch comes straight from the design: response time and error rate at the edge, cache hit ratio, database load and replication lag, and queue depth (a growing backlog means the consumers cannot keep up).',
      '',
      '- **Metrics** are cheap numbers over time (latency percentiles, requests per second, errors): dashboards and alerts are built on them.',
      '- **Logs** are the detailed record of individual events, for finding out *why* after a metric showed *that*.',
      '- **Traces** follow one request through every service it touches, which is how a slow hop in a long chain is found.',
      '- **Alerts** page a person on symptoms users feel (error rate, latency against the SLA), not on every internal blip; each alert should say what to do.',
      '- Keep it apart from what it watches: a monitoring stack that fails together with the system is silent when it is needed most.',
      '',
      '**In sysd:** `provider` (e.g. `prometheus`, `datadog`, `cloudwatch`), `signals: [metrics, logs, traces, alerts]`, `retention`, `managed`. Services report to it with `service ~> monitoring`.',
    ),
  },
  diagram: {
    // Grey like an external: it watches from beside the request path, never on it.
    category: 'external',
    insets: { top: 0, right: 0, bottom: 6, left: 0 },
    // A screen with its stand: the dashboard.
    outline: (w, h, shape, detail) =>
      `<rect ${shape} x="0" y="0" width="${n(w)}" height="${n(h)}" rx="4"/>`
        + `<path ${detail} d="M0,${n(h - 6)} H${n(w)}"/>`,
    // A pulse on a screen.
    icon: () => '<rect x="2" y="3" width="16" height="14" rx="1.5"/><path d="M4,11 H7 L9,7 L11,14 L13,10 H16"/>',
  },
  symbol: 'Variable',
  snippet: {
    id: 'observability', label: 'Monitoring', properties: ['provider: ${3:prometheus}', 'signals: [${4:metrics, logs, traces, alerts}]', 'retention: ${5:30d}'],
    why: 'Metrics and alerts say that something is wrong, logs and traces say why; retention bounds how far back you can look.',
  },
  mermaid: { shape: ['[\\', '\\]'], colors: ['#e0f2f1', '#00695c'] },
  d2: 'page',
};
