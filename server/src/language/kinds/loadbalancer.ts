// The `loadbalancer` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { bool, count, enumOf, intervalOrTrue, managed, rateOrTrue, text } from './specs';
import { n } from './outline';
import { md } from './text';
import type { KindDescriptor } from './types';

export const loadbalancer: KindDescriptor<'loadbalancer'> = {
  name: 'loadbalancer',
  properties: {
    layer: { type: 'enum', values: ['4', '7'] },
    algorithm: enumOf('round_robin', 'weighted_round_robin', 'least_connections', 'ip_hash', 'geo'),
    health_check: intervalOrTrue,
    rate_limit: rateOrTrue,
    instances: count(1),
    tls_termination: bool,
    sticky_sessions: bool,
    provider: text,
    managed,
  },
  doc: {
    title: 'Load balancer',
    summary: 'Spreads traffic over several instances (layer 4 or layer 7) and routes around unhealthy ones.',
    markdown: md(
      '**Load balancer** — distributes incoming traffic across a pool of identical instances so that no single server carries it all, and stops sending traffic to instances that fail their health checks.',
      '',
      'Put one in front of any service that runs more than one instance; it is what makes horizontal scaling and rolling deploys possible.',
      '',
      '**Layer 4 or layer 7**',
      '- **L4 (transport):** routes on IP address and port only. Fast, cheap, works for any protocol, but cannot look inside the request.',
      '- **L7 (application):** reads HTTP — path, headers, cookies — so it can route `/api` and `/static` differently, terminate TLS, and rate-limit. It costs more work per request.',
      '',
      '**Algorithms**',
      '- *Round robin*: each server in turn — fine when servers and requests are alike.',
      '- *Weighted round robin*: bigger servers get proportionally more.',
      '- *Least connections*: the server with the fewest open connections — good when request durations vary.',
      '- *IP hash*: the same client lands on the same server (session affinity).',
      '- *Geo*: routes by the client\'s location to the nearest region.',
      '',
      '**Operational concerns**',
      '- **Health checks** (e.g. every 30s) take broken instances out of rotation automatically.',
      '- **SSL/TLS termination** at the balancer offloads encryption from the application servers and centralises certificates.',
      '- **Sticky sessions** pin a user to one server; they hurt even distribution and failover, so prefer stateless services with shared session storage.',
      '- A single balancer is itself a single point of failure: run a redundant pair (active-passive or active-active).',
      '',
      '**In sysd:** `layer: 4 | 7`, `algorithm`, `health_check` (interval or `true`), `rate_limit` (rate or `true`), `instances`, `tls_termination`, `sticky_sessions`, `provider`, `managed`.',
    ),
  },
  diagram: {
    category: 'edge',
    insets: { top: 0, right: 12, bottom: 0, left: 12 },
    outline: (w, h, shape, detail) => {
      const r = Math.min(h / 2, 22);
      return `<rect ${shape} x="0" y="0" width="${n(w)}" height="${n(h)}" rx="${n(r)}"/>`;
    },
    icon: () => '<circle cx="4" cy="10" r="2"/><path d="M6,10 H9 L15,4 M9,10 H15 M9,10 L15,16"/><circle cx="16.5" cy="4" r="1.5"/><circle cx="16.5" cy="10" r="1.5"/><circle cx="16.5" cy="16" r="1.5"/>',
  },
  symbol: 'Operator',
  traits: ['entry', 'relay'],
  snippet: {
    id: 'lb', label: 'Load balancer',
    properties: ['layer: ${3|7,4|}', 'algorithm: ${4|least_connections,round_robin,weighted_round_robin,ip_hash,geo|}', 'health_check: ${5:30s}', 'rate_limit: ${6:100/s}', 'instances: ${7:2}'],
    why: 'Two instances avoid a single point of failure; health checks route around dead backends; a rate limit protects what is behind.',
  },
  mermaid: { shape: ['[/', '\\]'], colors: ['#ede7f6', '#4527a0'] },
  d2: 'diamond',
};
