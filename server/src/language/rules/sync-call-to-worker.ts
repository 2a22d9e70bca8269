// Rule sync-call-to-worker: a caller waits (`->`) on a worker, whose work is meant to be fed by a queue.
import type { Component } from '../model';
import { defineRule } from './define';
import { componentsIn, listOf, named } from './graph';

export const rule = defineRule({
  meta: {
    id: 'sync-call-to-worker',
    category: 'reliability',
    severity: 'warning',
    description: 'A `->` (synchronous) connection into a worker.',
  },
  check({ model, explain }) {
    return model.connections
      // A `periodic` call is a schedule starting a batch, not a caller waiting for it (rules.md, "Paths").
      .filter((connection) => connection.kind === 'sync' && !connection.properties.has('periodic'))
      .flatMap((connection) => {
        const workers: Component[] = componentsIn(connection.to).filter((c) => c.kind === 'worker');
        if (workers.length === 0) return [];
        const them = listOf(workers.map(named));
        return [{
          subject: connection,
          message: explain(
            `${named(connection.from)} calls ${workers.length === 1 ? 'worker' : 'workers'} ${them} synchronously (\`->\`) and waits for background work to finish.`,
            `Put a queue between them: \`${connection.from.id} ~> <queue> ~> ${workers[0].id}\`, and answer the caller at once.`),
          related: workers.map((worker) => ({ subject: worker, message: `worker '${worker.id}'` })),
        }];
      });
  },
});
