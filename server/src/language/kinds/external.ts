// The `external` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { duration, percent, text } from './specs';
import { n } from './outline';
import { md } from './text';
import type { KindDescriptor } from './types';

export const external: KindDescriptor<'external'> = {
  name: 'external',
  properties: { provider: text, sla: percent, timeout: duration },
  // `availability` is common to every kind; on an external it is what `sla` says.
  synonyms: [['sla', 'availability']],
  doc: {
    title: 'External system',
    summary: 'A third-party system outside the design (payment provider, push service, geo-IP).',
    markdown: md(
      '**External system** — a dependency you do not run: a payment provider, a push-notification service (APNs, FCM), an e-mail sender, a geo-IP lookup.',
      '',
      '- **You inherit its availability:** a synchronous call to a 99.9% provider caps that request path at 99.9%. Know its SLA.',
      '- **Always set a timeout**, retry sparingly with backoff, and put a circuit breaker around it so its outage does not exhaust your threads.',
      '- **Prefer asynchronous calls** where the user does not need the answer now (send the notification from a worker, not inside the request).',
      '- **Encrypt:** traffic to and from a third party crosses the public internet, so use HTTPS/WSS.',
      '- Plan a fallback or graceful degradation for when it is down.',
      '',
      '**In sysd:** `provider`, `sla` (percent; or `availability`, not both), `timeout`. Connections to it should carry `timeout` and a secure `protocol`.',
    ),
  },
  diagram: {
    category: 'external',
    insets: { top: 10, right: 14, bottom: 8, left: 14 },
    outline: (w, h, shape, detail) =>
      `<path ${shape} d="M${n(w * 0.16)},${n(h)} A${n(w * 0.16)},${n(h * 0.26)} 0 0 1 ${n(w * 0.06)},${n(h * 0.48)}`
        + ` A${n(w * 0.2)},${n(h * 0.34)} 0 0 1 ${n(w * 0.34)},${n(h * 0.12)}`
        + ` A${n(w * 0.22)},${n(h * 0.36)} 0 0 1 ${n(w * 0.72)},${n(h * 0.1)}`
        + ` A${n(w * 0.2)},${n(h * 0.34)} 0 0 1 ${n(w * 0.95)},${n(h * 0.52)}`
        + ` A${n(w * 0.14)},${n(h * 0.26)} 0 0 1 ${n(w * 0.84)},${n(h)} Z"/>`,
    icon: () => '<path d="M9,4 H4 V16 H16 V11 M11,3 H17 V9 M17,3 L9,11"/>',
  },
  symbol: 'Package',
  snippet: { id: 'ext', label: 'External service', properties: ['provider: ${3:"Stripe"}', 'sla: ${4:99.9%}', 'timeout: ${5:2s}'], why: 'A third party caps your availability at its SLA; always call it with a timeout.' },
  mermaid: { shape: ['>', ']'], colors: ['#eceff1', '#37474f'] },
  d2: 'cloud',
};
