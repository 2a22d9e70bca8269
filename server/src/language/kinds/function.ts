// The `function` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { count, duration, managed, size, text } from './specs';
import { n } from './outline';
import { md } from './text';
import type { KindDescriptor } from './types';

export const fn: KindDescriptor<'function'> = {
  name: 'function',
  properties: { runtime: text, timeout: duration, memory: size, concurrency: count(1), managed },
  doc: {
    title: 'Serverless function',
    summary: 'Event-triggered code run by the platform (FaaS), scaled and billed per invocation.',
    markdown: md(
      '**Serverless function** — code that the platform runs on demand (AWS Lambda, Cloud Functions), triggered by an HTTP call through a gateway, a queue message, a file upload or a schedule.',
      '',
      '- **Good for:** spiky or low, unpredictable traffic; glue code; event handlers; scheduled jobs. No servers to manage, scales to zero, pay per invocation.',
      '- **Trade-offs:** cold-start latency on the first call to an idle function, a maximum execution time, limited memory, and no local state between invocations (keep state in a database, cache or object storage).',
      '- **Watch concurrency:** a flood of invocations can open a flood of database connections; cap concurrency or put a connection pool or queue in between.',
      '- A typical serverless stack is API gateway → functions → a managed database such as DynamoDB or RDS.',
      '',
      '**In sysd:** `runtime` (string, e.g. `"nodejs20.x"`), `timeout`, `memory` (size such as `512MB`), `concurrency`, `managed`.',
    ),
  },
  diagram: {
    category: 'compute',
    insets: { top: 0, right: 10, bottom: 0, left: 10 },
    outline: (w, h, shape, detail) => {
      const s = 10;
      return `<path ${shape} d="M${s},0 H${n(w)} L${n(w - s)},${n(h)} H0 Z"/>`;
    },
    icon: () => '<path d="M5,3 H8 L15,17 M10.5,9 L5,17"/>',
  },
  symbol: 'Function',
  snippet: { id: 'fn', label: 'Function', properties: ['runtime: ${3:"nodejs20"}', 'timeout: ${4:10s}', 'memory: ${5:512MB}'], why: 'Platforms cap execution time and memory: say what this function needs.' },
  mermaid: { shape: ['(', ')'], colors: ['#f1f8e9', '#558b2f'] },
  d2: 'oval',
};
