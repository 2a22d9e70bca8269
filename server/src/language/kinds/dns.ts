// The `dns` component kind (v2): name resolution and traffic routing, e.g. Route 53 or Cloud DNS.
import { n } from './outline';
import { duration, enumOf, managed, text } from './specs';
import { md } from './text';
import type { KindDescriptor } from './types';

export const dns: KindDescriptor<'dns'> = {
  name: 'dns',
  properties: {
    provider: text,
    routing: enumOf('simple', 'weighted', 'latency', 'geo', 'failover'),
    ttl: duration,
    managed,
  },
  doc: {
    title: 'DNS',
    summary: 'Turns names into addresses and decides which region or endpoint a user is sent to.',
    markdown: md(
      '**DNS** — the first hop of every request: it resolves the product\'s name to the address of an edge, and with a routing policy it also chooses *which* edge.',
      '',
      'A plain record always answers the same addresses. Managed DNS services (Route 53, Cloud DNS, Azure DNS, Cloudflare) can instead steer traffic: to the region with the lowest latency for this user, by the user\'s country, in fixed proportions for a canary, or away from a region whose health check fails.',
      '',
      '- **TTL is the trade-off:** resolvers cache an answer for its TTL. A short TTL (30–60s) lets a failover or a weight change take effect quickly, at the cost of more lookups; a long TTL is cheaper but slow to change.',
      '- **Failover routing** needs health checks on what it points to, and a second region worth failing over to.',
      '- **Geo and latency routing** keep users near their data and shorten round trips for a global audience.',
      '- Managed DNS runs on many servers worldwide, so it is no single point of failure of its own; a self-run DNS server is.',
      '',
      '**In sysd:** `provider` (e.g. `route53`), `routing: simple | weighted | latency | geo | failover`, `ttl`, `managed`. Point it at the edge: `dns -> cdn` or `dns -> lb`.',
    ),
  },
  diagram: {
    category: 'edge',
    insets: { top: 0, right: 0, bottom: 0, left: 12 },
    // A card with an index tab: the directory the names are looked up in.
    outline: (w, h, shape, detail) =>
      `<rect ${shape} x="0" y="0" width="${n(w)}" height="${n(h)}" rx="10"/>`
        + `<path ${detail} d="M12,0 V${n(h)}"/>`,
    // A signpost: one name, several ways.
    icon: () => '<path d="M10,2 V18 M10,4 H16 L18,6 L16,8 H10 M10,10 H4 L2,12 L4,14 H10"/>',
  },
  symbol: 'Constant',
  snippet: {
    id: 'public-dns', label: 'DNS', properties: ['provider: ${3:route53}', 'routing: ${4|latency,failover,geo,weighted,simple|}', 'ttl: ${5:60s}', 'managed: ${6|true,false|}'],
    why: 'Latency or failover routing sends each user to a healthy region nearby; a short TTL lets a change take effect quickly.',
  },
  mermaid: { shape: ['((', '))'], colors: ['#e8eaf6', '#283593'] },
  d2: 'circle',
};
