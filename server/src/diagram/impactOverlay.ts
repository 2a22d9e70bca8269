// The failure overlay of a picture (pure): which drawn nodes, groups and edges get which mark, and the texts beside it.
import type { WhatIf } from '../language/impact';
import type { Diagram } from './model';

/** The answer an overlay is drawn from (the `sysd/impact` request's result is one). */
export type { WhatIf };

/**
 * `failed`: down; `unreachable`: no client reaches it any more; `partial`: some client lost it, another still reaches it;
 * `stalled`: a queue with no consumer left, or fed only by stopped queues; `spof`: a single point of failure;
 * `cut` (edges): an end is failed or unreachable.
 */
export type OverlayMark = 'failed' | 'unreachable' | 'partial' | 'stalled' | 'spof' | 'cut';

export interface OverlayText {
  title: string;
  lines: string[];
}

export interface Overlay {
  /** Keyed like the cards: `node:ID`, `group:ID`, `edge:ID`; only marked elements are listed. */
  marks: Record<string, OverlayMark[]>;
  failure?: OverlayText;
  spof?: OverlayText;
}

export interface OverlayRequest {
  /** The IDs the user asked about (components or groups), when a failure is shown. */
  failing?: readonly string[];
  /** The single points of failure are marked. */
  spof: boolean;
}

const list = (ids: readonly string[]) => ids.join(', ');
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every component inside each group of the whole design, at any depth. */
function membersByGroup(design: Diagram): Map<string, string[]> {
  const parentOf = new Map<string, string | undefined>(design.groups.map((g) => [g.id, g.parent]));
  const members = new Map<string, string[]>(design.groups.map((g) => [g.id, []]));
  for (const node of design.nodes) {
    for (let group = node.parent; group !== undefined; group = parentOf.get(group)) members.get(group)?.push(node.id);
  }
  return members;
}

/** The marks of each component of the design. */
function componentMarks(result: WhatIf, request: OverlayRequest): Map<string, Set<OverlayMark>> {
  const marks = new Map<string, Set<OverlayMark>>();
  const add = (id: string, mark: OverlayMark) => marks.set(id, (marks.get(id) ?? new Set()).add(mark));
  const impact = request.failing ? result.impact : undefined;
  if (impact) {
    const failed = new Set(impact.failed);
    const still = new Set(result.stillReached);
    for (const id of failed) add(id, 'failed');
    for (const id of new Set(impact.clients.flatMap((c) => c.unreachable))) {
      if (!failed.has(id)) add(id, still.has(id) ? 'partial' : 'unreachable');
    }
    for (const { component } of impact.stalled) add(component, 'stalled');
  }
  if (request.spof) for (const { component } of result.spof.spof) add(component, 'spof');
  return marks;
}

/** A group as drawn: failed or unreachable when all its components are; a collapsed box also shows what is inside. */
function groupMarks(members: readonly string[], collapsed: boolean, of: Map<string, Set<OverlayMark>>): OverlayMark[] {
  if (members.length === 0) return [];
  const has = (id: string, mark: OverlayMark) => of.get(id)?.has(mark) ?? false;
  if (members.every((id) => has(id, 'failed'))) return ['failed'];
  if (members.every((id) => has(id, 'failed') || has(id, 'unreachable'))) return ['unreachable'];
  if (!collapsed) return [];
  const marks: OverlayMark[] = [];
  if (members.some((id) => has(id, 'failed') || has(id, 'unreachable') || has(id, 'partial'))) marks.push('partial');
  if (members.some((id) => has(id, 'stalled'))) marks.push('stalled');
  if (members.some((id) => has(id, 'spof'))) marks.push('spof');
  return marks;
}

function failureText(result: WhatIf, failing: readonly string[]): OverlayText | undefined {
  const impact = result.impact;
  if (!impact) return undefined;
  const lines: string[] = [];
  if (impact.clients.length === 0) lines.push('The design has no client.');
  for (const { client, unreachable } of impact.clients) {
    lines.push(unreachable.length === 0 ? `${client} still reaches everything it did` : `${client} loses ${count(unreachable.length, 'component')}: ${list(unreachable)}`);
  }
  for (const flow of impact.flows) {
    const step = result.steps.find((s) => s.flow === flow.flow);
    lines.push(flow.broken ? `flow ${flow.flow} breaks at step ${flow.step}${step ? ` (${step.from} → ${step.to})` : ''}` : `flow ${flow.flow} still works`);
  }
  for (const { component, reason } of impact.stalled) lines.push(`${component} stalls: ${reason}`);
  return { title: `If ${list(failing)} ${failing.length === 1 ? 'fails' : 'fail'}`, lines };
}

function spofText(result: WhatIf): OverlayText {
  const { spof, external } = result.spof;
  const lines = spof.length === 0
    ? ['None: every component on a request path is redundant by itself.']
    : spof.map(({ component, clients }) => `${component} cuts off ${list(clients)}`);
  for (const { component, clients, sla } of external) {
    lines.push(`${component} (external${sla === undefined ? ', no sla stated' : `, sla ${sla}%`}) is used by ${list(clients)}`);
  }
  return { title: `${count(spof.length, 'single point')} of failure`, lines };
}

/** The overlay of `result` on the picture `drawn` (collapsed groups are boxes) of `design`. */
export function overlayOf(drawn: Diagram, design: Diagram, result: WhatIf, request: OverlayRequest): Overlay {
  const of = componentMarks(result, request);
  const members = membersByGroup(design);
  const marks: Record<string, OverlayMark[]> = {};
  const drawnMarks = new Map<string, OverlayMark[]>();
  for (const node of drawn.nodes) {
    const mine = [...(of.get(node.id) ?? [])];
    if (mine.length > 0) drawnMarks.set(node.id, mine);
    if (mine.length > 0) marks[`node:${node.id}`] = mine;
  }
  for (const group of drawn.groups) {
    const mine = groupMarks(members.get(group.id) ?? [], group.collapsed !== undefined, of);
    if (mine.length > 0) drawnMarks.set(group.id, mine);
    if (mine.length > 0) marks[`group:${group.id}`] = mine;
  }
  const down = (id: string) => drawnMarks.get(id)?.some((m) => m === 'failed' || m === 'unreachable') ?? false;
  for (const edge of drawn.edges) if (down(edge.from) || down(edge.to)) marks[`edge:${edge.id}`] = ['cut'];
  const failure = request.failing ? failureText(result, request.failing) : undefined;
  return { marks, ...(failure ? { failure } : {}), ...(request.spof ? { spof: spofText(result) } : {}) };
}
