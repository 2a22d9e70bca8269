// The `search` component kind: its properties, hover text, picture, outline symbol, snippet and export shapes.
import { bool, count, engines, managed, references } from './specs';
import { n } from './outline';
import { md } from './text';
import type { KindDescriptor } from './types';

export const search: KindDescriptor<'search'> = {
  name: 'search',
  properties: {
    engine: engines('elasticsearch', 'opensearch', 'solr'),
    replicas: count(0),
    shards: count(1),
    encryption: bool,
    sensitive: bool,
    derived_from: references('database', 'storage'),
    managed,
  },
  doc: {
    title: 'Search index',
    summary: 'Full-text and faceted search index (Elasticsearch, OpenSearch, Solr).',
    markdown: md(
      '**Search index** — an inverted index (Elasticsearch, OpenSearch, Solr) for full-text search, relevance ranking, filtering, facets and autocomplete, which a general-purpose database does poorly at scale.',
      '',
      '- **Not the source of truth:** the database owns the data; the index is a derived copy fed by change events (often through a queue or topic) and can be rebuilt from it.',
      '- **Eventual consistency:** a new or edited document becomes searchable after a short indexing delay.',
      '- **Shards** split the index for size and write throughput; **replicas** add query capacity and survive node loss.',
      '',
      '**In sysd:** `engine: elasticsearch | opensearch | solr`, `replicas`, `shards`, `encryption`, `sensitive`, `derived_from` (the stores it indexes), `managed`.',
    ),
  },
  diagram: {
    category: 'data',
    insets: { top: 0, right: 0, bottom: 8, left: 0 },
    outline: (w, h, shape, detail) =>
      `<path ${shape} d="M0,0 H${n(w)} V${n(h - 8)} Q${n(w * 0.75)},${n(h - 16)} ${n(w / 2)},${n(h - 8)} T0,${n(h - 8)} Z"/>`,
    icon: () => '<circle cx="8.5" cy="8.5" r="5.5"/><path d="M12.5,12.5 L17.5,17.5"/>',
  },
  symbol: 'Key',
  traits: ['backend'],
  snippet: { id: 'search-index', label: 'Search index', properties: ['engine: ${3|elasticsearch,opensearch,solr|}', 'replicas: ${4:1}', 'shards: ${5:3}'], why: 'Replicas for availability and read throughput; shards to spread the index.' },
  mermaid: { shape: ['{{', '}}'], colors: ['#f3e5f5', '#6a1b9a'] },
  d2: 'page',
};
