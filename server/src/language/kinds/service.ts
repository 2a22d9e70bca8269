// The `service` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { n } from './outline';
import { auth, bool, count, duration, intervalOrTrue, managed, rate, rateOrTrue, text } from './specs';
import { md } from './text';
import type { KindDescriptor } from './types';

export const service: KindDescriptor<'service'> = {
  name: 'service',
  properties: {
    instances: count(1),
    autoscale: { type: 'range', min: 1 },
    capacity: rate,
    stateless: bool,
    timeout: duration,
    retries: count(0),
    circuit_breaker: bool,
    health_check: intervalOrTrue,
    language: text,
    auth,
    rate_limit: rateOrTrue,
    managed,
  },
  doc: {
    title: 'Service',
    summary: 'Application service running business logic; ideally stateless and horizontally scaled.',
    markdown: md(
      '**Service** — an application server running business logic behind an API (a user service, a post service, a redirect service).',
      '',
      '- **Keep it stateless.** When no request depends on memory left by a previous one (sessions live in a cache or database), any instance can serve any request, so the service scales horizontally by adding instances behind a load balancer and survives the loss of one.',
      '- **Horizontal over vertical scaling.** A bigger machine is simple but has a ceiling and stays a single point of failure; more instances grow with load and tolerate failures. Autoscaling adds and removes instances with demand.',
      '- **Know your capacity.** Estimate what one instance handles per second; peak load ÷ per-instance capacity tells you how many instances you need, with headroom.',
      '- **Timeouts and retries.** Every outgoing call needs a timeout so a slow dependency cannot pin all your threads; retries should be few, with exponential backoff and jitter, and only for idempotent operations.',
      '- **Circuit breaker.** After repeated failures, stop calling a dependency for a while and fail fast or degrade gracefully, instead of piling load onto something already struggling.',
      '- **Own your data.** In a microservice design each service owns its database; others go through its API or its events rather than sharing tables.',
      '- **Go asynchronous** for work the caller does not need to wait for (analytics, notifications): publish an event and return.',
      '',
      '**In sysd:** `instances`, `autoscale` (range such as `2..20`), `capacity` (rate per instance), `stateless`, `timeout`, `retries`, `circuit_breaker`, `health_check` (interval or `true`), `language`, `auth`, `rate_limit` (rate or `true`), `managed`.',
    ),
  },
  diagram: {
    category: 'compute',
    insets: { top: 0, right: 0, bottom: 0, left: 0 },
    outline: (w, h, shape, detail) =>
      `<rect ${shape} x="0" y="0" width="${n(w)}" height="${n(h)}" rx="6"/>`,
    icon: () => '<path d="M10,2 L17,6 V14 L10,18 L3,14 V6 Z M3,6 L10,10 L17,6 M10,10 V18"/>',
  },
  symbol: 'Class',
  traits: ['entry'],
  snippet: {
    id: 'api', label: 'API service', properties: ['autoscale: ${3:2..10}', 'capacity: ${4:1k/s}', 'stateless: ${5|true,false|}', 'timeout: ${6:2s}', 'health_check: ${7:30s}'],
    why: 'Stateless and autoscaled from two instances: no single point of failure, capacity to check against the load, a timeout so slow calls do not pile up.',
  },
  mermaid: { shape: ['[', ']'], colors: ['#e8f5e9', '#2e7d32'] },
  d2: 'rectangle',
};
