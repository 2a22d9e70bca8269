// The `gateway` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { auth, count, managed, rateOrTrue, text } from './specs';
import { n } from './outline';
import { md } from './text';
import type { KindDescriptor } from './types';

export const gateway: KindDescriptor<'gateway'> = {
  name: 'gateway',
  properties: { rate_limit: rateOrTrue, auth, instances: count(1), provider: text, managed },
  doc: {
    title: 'API gateway',
    summary: 'Single entry point for APIs: routing, authentication, rate limiting and aggregation.',
    markdown: md(
      '**API gateway** — the single front door to a set of back-end services. Clients talk to one endpoint; the gateway decides which service handles each call.',
      '',
      'Typical in microservice and serverless designs, where many small services sit behind one public API.',
      '',
      '- **Routing:** maps paths and versions (`/users`, `/v2/posts`) to the owning service.',
      '- **Authentication and authorization:** validates JWTs, OAuth2 tokens, API keys or client certificates once, so services behind it can trust the caller identity.',
      '- **Rate limiting:** protects the back end from abuse and traffic spikes. A *token bucket* allows short bursts up to the bucket size and refills at a steady rate; a *sliding window* counts requests over the last N seconds for a smoother, stricter limit. Excess requests get HTTP 429.',
      '- **Aggregation:** one client call can fan out to several services and return a combined response, which saves round trips for mobile clients.',
      '- **Cross-cutting concerns:** TLS, request logging, metrics, request IDs, response caching.',
      '- **Trade-off:** every request passes through it, so it must be redundant and fast, and it must not accumulate business logic.',
      '- WebSocket gateways hold long-lived real-time connections (chat, presence) and need many instances plus a way to find which instance holds a given user.',
      '',
      '**In sysd:** `rate_limit` (e.g. `100/s`, or `true`), `auth: none | jwt | oauth2 | api_key | mtls | session`, `instances`, `provider`, `managed`.',
    ),
  },
  diagram: {
    category: 'edge',
    insets: { top: 0, right: 14, bottom: 0, left: 14 },
    outline: (w, h, shape, detail) => {
      const s = 14;
      return `<path ${shape} d="M${s},0 H${n(w - s)} L${n(w)},${n(h / 2)} L${n(w - s)},${n(h)} H${s} L0,${n(h / 2)} Z"/>`;
    },
    icon: () => '<path d="M10,2 L17,5 V10 C17,14 14,17 10,18 C6,17 3,14 3,10 V5 Z"/><path d="M7,10 L9.5,12.5 L13.5,7.5"/>',
  },
  symbol: 'Interface',
  traits: ['entry', 'relay'],
  snippet: {
    id: 'api-gw', label: 'API gateway', properties: ['auth: ${3|jwt,oauth2,api_key,mtls,none|}', 'rate_limit: ${4:100/s}', 'instances: ${5:2}'],
    why: 'Authentication and rate limiting once, at the entry; two instances for redundancy.',
  },
  mermaid: { shape: ['[/', '\\]'], colors: ['#ede7f6', '#4527a0'] },
  d2: 'hexagon',
};
