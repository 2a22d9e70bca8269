// The `cdn` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { duration, enumOf, managed, rateOrTrue, text } from './specs';
import { n } from './outline';
import { md } from './text';
import type { KindDescriptor } from './types';

export const cdn: KindDescriptor<'cdn'> = {
  name: 'cdn',
  properties: { ttl: duration, provider: text, caches: { type: 'list', of: enumOf('static', 'images', 'video', 'api') }, rate_limit: rateOrTrue, managed },
  doc: {
    title: 'CDN',
    summary: 'Edge cache that serves static and cacheable content from locations near the user.',
    markdown: md(
      '**CDN (content delivery network)** — a global network of edge caches that answers requests from a location close to the user.',
      '',
      'Use it for anything many users fetch unchanged: static assets, images, video, downloads, and API responses that are the same for everyone for a while (a trending list cached for a few minutes). In a read-heavy public product the CDN can take the large majority of requests off the origin.',
      '',
      '- **Lower latency:** the bytes travel a short distance instead of crossing the world to the origin.',
      '- **Less origin load and bandwidth:** a cache hit never reaches your load balancer or servers.',
      '- **Freshness is the trade-off:** content lives at the edge until its TTL runs out or it is purged. Long TTLs with versioned file names suit immutable assets; short TTLs suit semi-dynamic API responses.',
      '- **Never cache private data at the edge:** per-user responses (a personal feed) must be marked private / no-store.',
      '- Object storage is commonly served through the CDN, with pre-signed URLs for private files.',
      '',
      '**In sysd:** `ttl` (duration such as `30d`), `provider`, `caches: [static, images, video, api]`, `rate_limit` (a rate or `true`), `managed`.',
    ),
  },
  diagram: {
    category: 'edge',
    insets: { top: 0, right: 6, bottom: 0, left: 6 },
    outline: (w, h, shape, detail) => {
      const c = 10;
      return `<path ${shape} d="M${c},0 H${n(w - c)} L${n(w)},${c} V${n(h - c)} L${n(w - c)},${n(h)} H${c} L0,${n(h - c)} V${c} Z"/>`;
    },
    icon: () => '<circle cx="10" cy="10" r="8"/><ellipse cx="10" cy="10" rx="3.5" ry="8"/><path d="M2,10 H18"/>',
  },
  symbol: 'Module',
  traits: ['relay'],
  snippet: { id: 'edge', label: 'CDN', properties: ['ttl: ${3:1d}', 'caches: [${4:static, images}]'], why: 'A TTL bounds staleness at the edge.' },
  mermaid: { shape: ['{{', '}}'], colors: ['#e0f7fa', '#00838f'] },
  d2: 'cloud',
};
