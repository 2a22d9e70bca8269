// How a connection crosses group borders: one piece per container it passes, all pointing the way the flow is drawn.
import type { ElkPort } from 'elkjs/lib/elk-api';
import type { DiagramEdge } from './model';

export type Direction = 'right' | 'down';

export const ROOT = 'root';
/** Separates the parts of the ids ELK sees beside the diagram's own (no id of a design contains it). */
export const SEP = '\u0000';

export interface Piece {
  /** The container (the root or a group id) whose own layout routes this piece. */
  container: string;
  /** As ELK sees it: along the drawn flow, so every container's graph has no cycle for ELK to break. */
  source: string;
  target: string;
  /** The piece that crosses the innermost container holding both ends carries the label. */
  label: boolean;
}

export interface Route {
  edge: DiagramEdge;
  pieces: Piece[];
  /** The connection runs against the drawn flow (it closes a cycle): its pieces are given to ELK the other way round. */
  reversed: boolean;
}

/** A piece's id: the connection, its place from source to target, and `r` when ELK sees it reversed. */
export const pieceId = (edge: string, index: number, reversed: boolean) => `${edge}${SEP}${index}${reversed ? 'r' : ''}`;

export function parsePieceId(id: string): { edge: string; index: number; reversed: boolean } | undefined {
  const at = id.indexOf(SEP);
  if (at <= 0) return undefined;
  const rest = id.slice(at + 1);
  return { edge: id.slice(0, at), index: Number.parseInt(rest, 10), reversed: rest.endsWith('r') };
}

/** A port's id: the connection, the group whose border it is on, and `p`. */
const portId = (edge: string, group: string) => `${edge}${SEP}${group}${SEP}p`;

/** The group a port id is on, or undefined for the id of a component or group. */
export function portOwner(id: string): string | undefined {
  const first = id.indexOf(SEP);
  return first < 0 ? undefined : id.slice(first + 1, id.lastIndexOf(SEP));
}

/** Border sides in the flow's terms: `after` is where the flow leaves a group, `before` where it enters. */
const SIDES = { right: { after: 'EAST', before: 'WEST' }, down: { after: 'SOUTH', before: 'NORTH' } } as const;

/** The containers from an element's own parent up to the root. */
function ancestorsOf(id: string, parentOf: ReadonlyMap<string, string | undefined>): string[] {
  const chain: string[] = [];
  for (let p = parentOf.get(id); ; p = parentOf.get(p)) {
    chain.push(p ?? ROOT);
    if (!p) return chain;
  }
}

interface Span {
  edge: DiagramEdge;
  up: string[];
  down: string[];
  /** The innermost container holding both ends (or the end that is a group around the other). */
  across: string;
  /** The members of `across` that hold the source and the target, when neither end is `across` itself. */
  pair?: [string, string];
}

function spanOf(edge: DiagramEdge, parentOf: ReadonlyMap<string, string | undefined>): Span {
  const up = ancestorsOf(edge.from, parentOf);
  const down = ancestorsOf(edge.to, parentOf);
  if (up.includes(edge.to)) return { edge, up, down, across: edge.to };
  if (down.includes(edge.from)) return { edge, up, down, across: edge.from };
  const across = up.find((c) => down.includes(c)) ?? ROOT;
  const a = up.indexOf(across) === 0 ? edge.from : up[up.indexOf(across) - 1];
  const b = down.indexOf(across) === 0 ? edge.to : down[down.indexOf(across) - 1];
  return { edge, up, down, across, pair: [a, b] };
}

/**
 * The member pairs that run against the flow, per container: within a strongly connected set of members (a cycle), a
 * pair from a later declared member to an earlier one is drawn backwards, so what is written first comes first, as
 * ELK's model-order cycle breaking does; pairs outside cycles always run forwards.
 */
function backPairs(spans: readonly Span[], membersOf: ReadonlyMap<string, readonly string[]>): Set<string> {
  const next = new Map<string, Map<string, string[]>>();
  for (const { across, pair } of spans) {
    if (!pair || pair[0] === pair[1]) continue;
    const graph = next.get(across) ?? new Map<string, string[]>();
    next.set(across, graph);
    const list = graph.get(pair[0]) ?? [];
    if (!list.includes(pair[1])) list.push(pair[1]);
    graph.set(pair[0], list);
  }
  const back = new Set<string>();
  for (const [container, graph] of next) {
    const members = membersOf.get(container) ?? [];
    const order = new Map(members.map((id, i) => [id, i]));
    const component = stronglyConnected(members, graph);
    for (const [from, targets] of graph) {
      for (const to of targets) {
        if (component.get(from) === component.get(to) && (order.get(from) ?? 0) > (order.get(to) ?? 0)) back.add(`${container}${SEP}${from}${SEP}${to}`);
      }
    }
  }
  return back;
}

/** Tarjan's strongly connected components, iterative (a long chain cannot overflow the stack): member → component. */
function stronglyConnected(members: readonly string[], graph: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  for (const start of members) {
    if (index.has(start)) continue;
    const work: Array<{ id: string; at: number }> = [{ id: start, at: 0 }];
    index.set(start, counter); low.set(start, counter++); stack.push(start); onStack.add(start);
    while (work.length) {
      const top = work[work.length - 1];
      const targets = graph.get(top.id) ?? [];
      if (top.at < targets.length) {
        const to = targets[top.at++];
        if (!index.has(to)) {
          index.set(to, counter); low.set(to, counter++); stack.push(to); onStack.add(to);
          work.push({ id: to, at: 0 });
        } else if (onStack.has(to)) low.set(top.id, Math.min(low.get(top.id) ?? 0, index.get(to) ?? 0));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent) ?? 0, low.get(top.id) ?? 0));
      }
      if (low.get(top.id) === index.get(top.id)) {
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          onStack.delete(id);
          component.set(id, index.get(top.id) ?? 0);
          if (id === top.id) break;
        }
      }
    }
  }
  return component;
}

/**
 * Splits each connection into pieces: up from its source through a port on every group it leaves, across the innermost
 * container holding both ends, down through a port on every group it enters. Ports sit on the side the flow leaves or
 * enters by; a connection that closes a cycle leaves by the side before and enters by the side after, and ELK sees its
 * pieces reversed. A connection between a group and one of its own members ends at a port on the inside of that group.
 */
export function routesOf(
  edges: readonly DiagramEdge[], parentOf: ReadonlyMap<string, string | undefined>, membersOf: ReadonlyMap<string, readonly string[]>,
  direction: Direction, addPort: (group: string, port: ElkPort) => void, clients: ReadonlySet<string> = new Set(),
): Route[] {
  // A client is where requests start: a connection into one (a push, a callback) is drawn back to it, so a new
  // component that calls a client is placed after it instead of pushing it down a layer.
  const intoClient = (edge: DiagramEdge) => clients.has(edge.to) && !clients.has(edge.from);
  const spans = edges.map((edge) => spanOf(edge, parentOf));
  const back = backPairs(spans.filter((span) => !intoClient(span.edge)), membersOf);
  return spans.map(({ edge, up, down, across, pair }) => {
    const reversed = Boolean(pair && (intoClient(edge) || back.has(`${across}${SEP}${pair[0]}${SEP}${pair[1]}`)));
    const port = (group: string, side: 'after' | 'before') => {
      const id = portId(edge.id, group);
      addPort(group, { id, width: 0, height: 0, layoutOptions: { 'elk.port.side': SIDES[direction][side] } });
      return id;
    };
    // In flow order from source to target; turned round for ELK at the end when the connection is reversed.
    const chain: Array<{ container: string; from: string; to: string }> = [];
    // An end that is the group around the other starts (or ends) on the inside of its own border: no climb there.
    let from = across === edge.from ? port(edge.from, 'before') : edge.from;
    for (const container of across === edge.from ? [] : up) {
      if (container === across) break;
      const exit = port(container, reversed ? 'before' : 'after');
      chain.push({ container, from, to: exit });
      from = exit;
    }
    let to = across === edge.to ? port(edge.to, 'after') : edge.to;
    const tail: typeof chain = [];
    for (const container of across === edge.to ? [] : down) {
      if (container === across) break;
      const entry = port(container, reversed ? 'after' : 'before');
      tail.unshift({ container, from: entry, to });
      to = entry;
    }
    const labelAt = chain.length;
    chain.push({ container: across, from, to }, ...tail);
    const pieces = chain.map((p, i) => ({
      container: p.container,
      source: reversed ? p.to : p.from,
      target: reversed ? p.from : p.to,
      label: i === labelAt,
    }));
    return { edge, pieces, reversed };
  });
}
