// The `client` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { enumOf } from './specs';
import { n } from './outline';
import { md } from './text';
import type { KindDescriptor } from './types';

export const client: KindDescriptor<'client'> = {
  name: 'client',
  properties: { type: enumOf('web', 'mobile', 'desktop', 'iot') },
  doc: {
    title: 'Client',
    summary: 'Where requests start: a browser, a mobile or desktop app, or a device.',
    markdown: md(
      '**Client** — the user-facing end of the design: a browser, a mobile or desktop app, or an IoT device.',
      '',
      'Every request path starts here, so the client decides what the rest of the design must absorb: how many users (DAU, concurrent users), from where, on which devices, and how often they read versus write.',
      '',
      '- **Talk only to the edge.** A client should reach the system through a CDN, a load balancer or an API gateway, never straight to a database, cache or queue: those have no authentication, validation or rate limiting for the open internet.',
      '- **Cache close to the user.** The browser cache keeps static assets (CSS, JS, images) and cacheable API responses; a CDN serves the rest near the user.',
      '- **Encrypt in transit.** Public traffic uses HTTPS (or WSS for real-time channels); plain HTTP can be read and altered on the way.',
      '- **Real-time features** (chat, presence) keep a long-lived WebSocket open to a gateway tier instead of polling.',
      '',
      '**In sysd:** `type: web | mobile | desktop | iot`. Web clients with `scale.dau` of 1M or more are expected to sit behind a `cdn`.',
    ),
  },
  diagram: {
    category: 'client',
    insets: { top: 0, right: 0, bottom: 0, left: 0 },
    outline: (w, h, shape, detail) =>
      `<rect ${shape} x="0" y="0" width="${n(w)}" height="${n(h)}" rx="14"/>`,
    icon: (clientType) => {
      if (clientType === 'mobile') return '<rect x="6" y="2" width="8" height="16" rx="2"/><path d="M9.5,15 H10.5"/>';
      if (clientType === 'web' || clientType === 'desktop') return '<rect x="2" y="3" width="16" height="11" rx="1.5"/><path d="M7,18 H13 M10,14 V18"/>';
      if (clientType === 'iot') return '<rect x="5" y="5" width="10" height="10" rx="1"/><path d="M8,2 V5 M12,2 V5 M8,15 V18 M12,15 V18 M2,8 H5 M2,12 H5 M15,8 H18 M15,12 H18"/>';
      return '<circle cx="10" cy="6" r="3.5"/><path d="M3,18 C3,12 17,12 17,18"/>';
    },
  },
  symbol: 'Interface',
  snippet: { id: 'web', label: 'Web app', properties: ['type: ${3|web,mobile,desktop,iot|}'], why: 'The client type decides what the edge must absorb.' },
  mermaid: { shape: ['([', '])'], colors: ['#e3f2fd', '#1565c0'] },
  d2: 'person',
};
