// The `storage` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { bool, duration, enumOf, managed, text } from './specs';
import { n } from './outline';
import { md } from './text';
import type { KindDescriptor } from './types';

export const storage: KindDescriptor<'storage'> = {
  name: 'storage',
  properties: {
    provider: text,
    versioning: bool,
    replication: enumOf('none', 'cross-region'),
    encryption: bool,
    lifecycle: duration,
    sensitive: bool,
    managed,
  },
  doc: {
    title: 'Object storage',
    summary: 'Durable blob storage (S3, GCS) for files, media, backups and large objects.',
    markdown: md(
      '**Object storage** — a durable, practically unlimited store for files addressed by key: images, video, uploads, backups, logs, exports (S3, Google Cloud Storage, Azure Blob).',
      '',
      '- **Keep blobs out of the database:** store the file here and only its URL and metadata in the database.',
      '- **Serve through a CDN:** users download media from the edge, not from the bucket or your servers. For private files, hand out short-lived pre-signed URLs so clients read or upload directly without your services carrying the bytes.',
      '- **Versioning** protects against accidental overwrites and deletes.',
      '- **Cross-region replication** keeps a copy in another region for disaster recovery.',
      '- **Encryption at rest** is expected for user data.',
      '- **Lifecycle rules** move old objects to cheaper tiers or delete them after a retention period, which keeps multi-year storage growth affordable.',
      '',
      '**In sysd:** `provider`, `versioning`, `replication: none | cross-region`, `encryption`, `lifecycle` (duration), `sensitive`, `managed`.',
    ),
  },
  diagram: {
    category: 'data',
    insets: { top: 4, right: 6, bottom: 6, left: 6 },
    outline: (w, h, shape, detail) =>
      `<path ${shape} d="M0,4 H${n(w)} L${n(w - 6)},${n(h)} H6 Z"/>`
        + `<path ${detail} d="M0,4 H${n(w)}"/>`,
    icon: () => '<ellipse cx="10" cy="5" rx="7" ry="2.5"/><path d="M3,5 L5,17 H15 L17,5"/>',
  },
  symbol: 'File',
  traits: ['backend'],
  snippet: {
    id: 'blobs', label: 'Object storage', properties: ['versioning: ${3|true,false|}', 'encryption: ${4|true,false|}', 'replication: ${5|cross-region,none|}'],
    why: 'Versioning undoes mistakes; encryption at rest; cross-region replication survives a regional outage.',
  },
  mermaid: { shape: ['[(', ')]'], colors: ['#fff8e1', '#ff8f00'] },
  d2: 'cylinder',
};
