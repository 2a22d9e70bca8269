// Rule read-heavy-without-cache: a read-heavy design reads a database with no cache in front of it.
import { declColumn, freeId } from '../fixes/ruleFix';
import { blockText, linesAfter, type TextEdit } from '../fixes/rulesEdits';
import type { Component } from '../model';
import { formatNumber } from '../quantities';
import { encodeString } from '../strings';
import { defineRule } from './define';
import { byPosition, componentsIn, incomingOf, isPeriodic, listOf, named, ofKind, outgoingOf, reads, requestPath } from './graph';
import type { RuleDefinition, RuleFinding } from './types';

/** Reads at least this many times the writes make a design read-heavy. */
export const READ_HEAVY_RATIO = 10;

export function callsCache(component: Component): boolean {
  return outgoingOf(component).some((c) => c.kind !== 'async' && componentsIn(c.to).some((to) => to.kind === 'cache'));
}

/**
 * The services that read a database over `->` (access `read` or `read-write`). A worker's or a function's reads, and a
 * `periodic` reload, are background work: they carry none of the request traffic a cache would absorb.
 */
export function readersOf(db: Component): Component[] {
  const readers = new Set<Component>();
  for (const connection of incomingOf(db)) {
    const from = connection.from;
    if (connection.kind === 'sync' && reads(connection) && !isPeriodic(connection) && from.type === 'component' && from.kind === 'service') readers.add(from);
  }
  return byPosition(readers);
}

export const rule = defineRule({
  meta: {
    id: 'read-heavy-without-cache',
    category: 'performance',
    severity: 'warning',
    description: 'The design is read-heavy (reads ≥ 10 × writes) and a database on the request path is read only by services that call no cache.',
    fix: 'add a `cache` and connect the readers to it',
    structural: true,
  },
  quickFix({ model, component }) {
    if (!component) return undefined;
    const cache = freeId(model, `${component.id}-cache`);
    const column = declColumn(component.decl);
    const declaration = `cache ${cache} ${encodeString(`Cache for ${component.label ?? component.id}`)} ${blockText(['engine: redis', 'ttl: 1h', 'eviction: allkeys-lru', 'pattern: cache-aside'], column)}`;
    const edits: TextEdit[] = [linesAfter(component.decl, column, [declaration])];
    for (const reader of readersOf(component)) {
      const reads = reader.outgoing.find((c) => c.to === component && c.uri === component.uri);
      const statement = reads?.statement;
      const line = `${reader.id} -> ${cache} : "read through the cache"`;
      edits.push(statement ? linesAfter(statement, statement.source.range.start.character, [line]) : linesAfter(component.decl, column, [line]));
    }
    return { title: `Add cache '${cache}' in front of '${component.id}' and connect its readers`, isPreferred: true, edits };
  },
  check({ model, estimate, explain }) {
    const ratio = estimate.readWriteRatio?.value;
    if (ratio === undefined || ratio < READ_HEAVY_RATIO) return [];
    const findings: RuleFinding[] = [];
    const path = requestPath(model);
    // A database only background work reaches carries none of the request traffic.
    for (const db of ofKind(model, 'database').filter((db) => path.has(db))) {
      const readers = readersOf(db);
      if (readers.length === 0 || readers.some(callsCache)) continue;
      findings.push({
        subject: db,
        message: explain(
          `The design reads ${formatNumber(ratio)}× more than it writes, and database ${named(db)} is read by ${listOf(readers.map((r) => `'${r.id}'`))} with no cache in front.`,
          `Add a \`cache\` (cache-aside, with a \`ttl\`) and have ${readers.length === 1 ? 'the reader' : 'the readers'} check it before '${db.id}'.`),
        related: readers.map((reader) => ({ subject: reader, message: `'${reader.id}' reads '${db.id}'` })),
        data: { ratio },
      });
    }
    return findings;
  },
});
