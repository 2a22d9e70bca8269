// Rule client-bypasses-backend: a client talks straight to a data store or broker.
import type { Component, Connection } from '../model';
import { stringOf } from '../properties';
import { defineRule } from './define';
import { clients } from './graph';

const BACKEND_KINDS = new Set(['database', 'cache', 'queue', 'topic', 'search', 'storage']);
/** Object storage reached through pre-signed URLs is the accepted exception. */
const SIGNED_URL = /pre-?signed|signed[ -]?url/i;

function presigned(connection: Connection): boolean {
  return SIGNED_URL.test(connection.label ?? '') || SIGNED_URL.test(stringOf(connection.properties, 'description') ?? '');
}

export const rule = defineRule({
  meta: {
    id: 'client-bypasses-backend',
    category: 'security',
    severity: 'error',
    description: 'A client connects directly to a database, cache, queue, topic, search index or object storage.',
  },
  check({ model, explain }) {
    const findings = [];
    for (const client of clients(model)) {
      // Direct connections only: the client's own outgoing ones, and two-way channels it is the other end of.
      const direct: Array<{ connection: Connection; store: Component }> = [];
      for (const connection of client.outgoing) if (connection.to.type === 'component') direct.push({ connection, store: connection.to });
      for (const connection of client.incoming) {
        if (connection.kind === 'duplex' && connection.from.type === 'component') direct.push({ connection, store: connection.from });
      }
      for (const { connection, store } of direct) {
        if (!BACKEND_KINDS.has(store.kind)) continue;
        if (store.kind === 'storage' && presigned(connection)) continue;
        findings.push({
          subject: connection,
          message: explain(
            `Client '${client.id}' connects directly to ${store.kind} '${store.id}'.`,
            store.kind === 'storage'
              ? 'Route it through a service, or hand out pre-signed URLs from a service and say so in the label (e.g. "upload via pre-signed URL").'
              : `Route the client through a service that owns '${store.id}'.`),
          related: [{ subject: store, message: `${store.kind} '${store.id}'` }],
        });
      }
    }
    return findings;
  },
});
