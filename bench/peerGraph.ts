// The peer comparison's graph (issue 20): N components in groups two deep, a label on every connection, ~40% of the
// connections between groups; seeded, and written out as sysd, LikeC4 and (through sysd's exporter) D2 text.
import { random } from './generator';

type Kind = 'service' | 'worker' | 'database' | 'cache' | 'queue';

export interface PeerGraph {
  /** Regions (top level) holding domains (inside a region); components sit in the domains. */
  groups: Array<{ id: string; label: string; parent?: string }>;
  nodes: Array<{ id: string; label: string; kind: Kind; group: string }>;
  edges: Array<{ from: string; to: string; label: string }>;
}

const KINDS: Kind[] = ['service', 'service', 'worker', 'database', 'cache', 'queue'];
const LABELS = ['reads', 'writes', 'GET /items/{id}', 'publishes order events', 'invalidate', 'sync profile', 'enqueue job',
  'charge card', 'search query', 'fetch thumbnails', 'stream updates', 'audit log'];
const DOMAIN_SIZE = 8;
const DOMAINS_PER_REGION = 5;
/** Share of the connections whose ends are in different domains. */
export const CROSSING_SHARE = 0.4;

export function peerGraph(n: number, seed = 20): PeerGraph {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const graph: PeerGraph = { groups: [], nodes: [], edges: [] };
  const domains: string[][] = [];
  for (let i = 0; i < n; i++) {
    const d = Math.floor(i / DOMAIN_SIZE);
    if (i % DOMAIN_SIZE === 0) {
      if (d % DOMAINS_PER_REGION === 0) graph.groups.push({ id: `r${d / DOMAINS_PER_REGION}`, label: `Region ${d / DOMAINS_PER_REGION}` });
      graph.groups.push({ id: `d${d}`, label: `Domain ${d}`, parent: `r${Math.floor(d / DOMAINS_PER_REGION)}` });
      domains.push([]);
    }
    const kind = pick(KINDS);
    graph.nodes.push({ id: `n${i}`, label: `${kind[0].toUpperCase()}${kind.slice(1)} ${i}`, kind, group: `d${d}` });
    domains[d].push(`n${i}`);
  }
  // About 1.5 connections per component, exactly CROSSING_SHARE of them between domains, no repeats or self-loops.
  const total = Math.round(1.5 * n);
  const crossing = Math.round(CROSSING_SHARE * total);
  const seen = new Set<string>();
  const add = (from: string, to: string) => {
    if (from === to || seen.has(`${from}>${to}`)) return false;
    seen.add(`${from}>${to}`);
    graph.edges.push({ from, to, label: pick(LABELS) });
    return true;
  };
  for (let made = 0, tries = 0; made < crossing && domains.length > 1 && tries < 100 * total; tries++) {
    // Mostly forward (an earlier domain calls a later one), as requests flow through a design.
    let [a, b] = [Math.floor(next() * domains.length), Math.floor(next() * domains.length)];
    if (a === b) continue;
    if (a > b && next() < 0.75) [a, b] = [b, a];
    if (add(pick(domains[a]), pick(domains[b]))) made++;
  }
  for (let made = 0, tries = 0; made < total - crossing && tries < 100 * total; tries++) {
    const members = pick(domains);
    const [i, j] = [Math.floor(next() * members.length), Math.floor(next() * members.length)];
    if (add(members[Math.min(i, j)], members[Math.max(i, j)])) made++;
  }
  return graph;
}

const quoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function nested(graph: PeerGraph, open: (g: PeerGraph['groups'][number]) => string, node: (n: PeerGraph['nodes'][number]) => string, indent = '  '): string[] {
  const lines: string[] = [];
  const emit = (parent: string | undefined, depth: number) => {
    for (const group of graph.groups.filter((g) => g.parent === parent)) {
      lines.push(`${indent.repeat(depth)}${open(group)}`);
      emit(group.id, depth + 1);
      for (const n of graph.nodes.filter((m) => m.group === group.id)) lines.push(`${indent.repeat(depth + 1)}${node(n)}`);
      lines.push(`${indent.repeat(depth)}}`);
    }
  };
  emit(undefined, 0);
  return lines;
}

export function sysdText(graph: PeerGraph): string {
  const lines = [`design "Peer comparison, ${graph.nodes.length} components"`, ''];
  lines.push(...nested(graph, (g) => `group ${g.id} ${quoted(g.label)} {${g.parent ? '' : ' kind: region'}`, (n) => `${n.kind} ${n.id} ${quoted(n.label)}`));
  lines.push('', ...graph.edges.map((e) => `${e.from} -> ${e.to} : ${quoted(e.label)}`));
  return `${lines.join('\n')}\n`;
}

/** LikeC4: regions and domains as elements that nest, one view of everything (each region and all below it). */
export function likec4Text(graph: PeerGraph): string {
  const path = new Map<string, string>();
  for (const g of graph.groups) path.set(g.id, g.parent ? `${path.get(g.parent)}.${g.id}` : g.id);
  for (const n of graph.nodes) path.set(n.id, `${path.get(n.group)}.${n.id}`);
  const lines = ['specification {', '  element region', '  element domain', '  element component', '}', 'model {'];
  lines.push(...nested(graph, (g) => `${g.id} = ${g.parent ? 'domain' : 'region'} ${quoted(g.label)} {`, (n) => `${n.id} = component ${quoted(n.label)}`, '  ').map((l) => `  ${l}`));
  lines.push(...graph.edges.map((e) => `  ${path.get(e.from)} -> ${path.get(e.to)} ${quoted(e.label)}`));
  const tops = graph.groups.filter((g) => !g.parent).map((g) => `${g.id}.**`);
  lines.push('}', 'views {', '  view index {', `    include *, ${tops.join(', ')}`, '  }', '}');
  return `${lines.join('\n')}\n`;
}
