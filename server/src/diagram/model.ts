// The diagram model: what the picture shows of a resolved design, as plain JSON (sent from the server to the preview).
import type { ArrowKind, ComponentKind, Range, Value } from '../language/ast';
import type { Diagnostic, Severity } from '../language/diagnostics';
import type { Connection, DesignModel, Element, PropertyMap } from '../language/model';
import { subjectOfDiagnostic } from '../language/subjects';
import { engineMarkOf } from './engineMarks';

export interface DiagramFinding {
  severity: Severity;
  code: string;
  message: string;
  uri: string;
  range: Range;
}

/** Where an element is written, for click-to-definition and cursor-follows-preview. */
export interface DiagramSource {
  uri: string;
  /** The ID token (what click selects). */
  selection: Range;
  /** The whole declaration or statement (what the cursor may be in). */
  range: Range;
}

export interface DiagramNode {
  id: string;
  kind: ComponentKind;
  /** The label, or the ID when there is none. */
  label: string;
  /** The group it is drawn in. */
  parent?: string;
  /** Position in declaration order among all components and groups. */
  order: number;
  /** Key facts shown on the node, e.g. `×3`, `2 replicas`, `ttl 1h`. */
  badges: string[];
  /** Every property as written, for the hover card. */
  facts: Array<[string, string]>;
  /** The simple-icons slug of the product mark its `engine` or `provider` names (drawn under the kind icon). */
  mark?: string;
  description?: string;
  source: DiagramSource;
  findings: DiagramFinding[];
  /** Drawn faint: not on the flow the picture shows. */
  dimmed?: boolean;
}

export interface DiagramGroup {
  id: string;
  label: string;
  groupKind?: string;
  parent?: string;
  order: number;
  source: DiagramSource;
  findings: DiagramFinding[];
  /** Drawn as one box in place of its members (`members`: every component inside it, at any depth). */
  collapsed?: { members: number };
  /** Drawn faint: nothing of the flow the picture shows is inside. */
  dimmed?: boolean;
}

/** A numbered step of the flow the picture shows, drawn as a badge on the connection it uses. */
export interface DiagramStep {
  /** `flow#n`. */
  id: string;
  /** 1-based, the number on the badge. */
  index: number;
  label?: string;
  /** The step's text: clicking the badge selects it. */
  source: DiagramSource;
}

export interface DiagramEdge {
  /** Stable: `from->to` plus `#n` for the n-th repeat of the same pair. */
  id: string;
  from: string;
  to: string;
  kind: ArrowKind;
  label?: string;
  facts: Array<[string, string]>;
  source: DiagramSource;
  findings: DiagramFinding[];
  /** How many connections this edge stands for, when a collapsed group merged several into it. */
  merged?: number;
  /** Drawn faint: no step of the flow the picture shows uses it. */
  dimmed?: boolean;
  /** The flow's steps that use this connection, in order. */
  steps?: DiagramStep[];
}

export interface Diagram {
  title?: string;
  /** Components in declaration order (the order layout keeps stable). */
  nodes: DiagramNode[];
  /** Groups in declaration order, outer before inner. */
  groups: DiagramGroup[];
  edges: DiagramEdge[];
  /** The direction the picture must flow in (a view's `direction`), over the reader's setting. */
  direction?: 'right' | 'down';
}

/** The source text of a value, normalised (used in cards and badges). */
export function valueText(value: Value | undefined): string {
  if (!value) return '';
  switch (value.type) {
    case 'quantity': return value.quantity.text;
    case 'string': return value.value;
    case 'identifier': return value.name;
    case 'boolean': return String(value.value);
    case 'range': return `${value.min}..${value.max}`;
    case 'list': return `[${value.items.map(valueText).join(', ')}]`;
  }
}

function factsOf(properties: PropertyMap): Array<[string, string]> {
  return [...properties.values()].filter((p) => p.value).map((p) => [p.name.name, valueText(p.value)]);
}

const plural = (n: string, word: string) => `${n} ${word}${n === '1' ? '' : 's'}`;

/** The few facts worth a badge on the node, most telling first (at most three). */
export function badgesOf(kind: ComponentKind, properties: PropertyMap): string[] {
  const text = (name: string) => (properties.get(name)?.value ? valueText(properties.get(name)?.value) : undefined);
  const badges: string[] = [];
  const add = (value: string | undefined, format: (v: string) => string = (v) => v) => {
    if (value !== undefined && value !== '') badges.push(format(value));
  };
  const instances = text('instances');
  const autoscale = text('autoscale');
  add(instances, (v) => `×${v}`);
  add(autoscale, (v) => `×${v.replace('..', '–')}`);
  switch (kind) {
    case 'database':
    case 'search':
      add(text('engine'));
      add(text('replicas'), (v) => plural(v, 'replica'));
      add(text('shards'), (v) => plural(v, 'shard'));
      break;
    case 'cache':
      add(text('engine'));
      add(text('ttl'), (v) => `ttl ${v}`);
      add(text('replicas'), (v) => plural(v, 'replica'));
      break;
    case 'queue':
    case 'topic':
      add(text('engine'));
      add(text('partitions'), (v) => plural(v, 'partition'));
      add(text('dlq'), (v) => `dlq ${v}`);
      break;
    case 'cdn':
      add(text('provider'));
      add(text('ttl'), (v) => `ttl ${v}`);
      break;
    case 'loadbalancer':
      add(text('layer'), (v) => `L${v}`);
      add(text('algorithm'), (v) => v.replace(/_/g, ' '));
      break;
    case 'gateway':
      add(text('auth'));
      add(text('rate_limit'), (v) => `limit ${v}`);
      break;
    case 'service':
    case 'worker':
      add(text('capacity'), (v) => `${v} each`);
      add(text('concurrency'), (v) => `${v} concurrent`);
      break;
    case 'function':
      add(text('runtime'));
      add(text('memory'));
      break;
    case 'storage':
      add(text('provider'));
      add(text('replication'));
      break;
    case 'external':
      add(text('provider'));
      add(text('sla'), (v) => `SLA ${v}`);
      break;
    case 'client':
      add(text('type'));
      break;
    case 'dns':
      add(text('provider'));
      add(text('routing'), (v) => `${v} routing`);
      break;
    case 'monitoring':
      add(text('provider'));
      add(text('retention'), (v) => `keeps ${v}`);
      break;
  }
  return badges.slice(0, 3);
}

function toFinding(d: Diagnostic): DiagramFinding {
  return { severity: d.severity, code: d.code, message: d.message, uri: d.uri, range: d.range };
}

function sourceOf(element: Element): DiagramSource {
  return { uri: element.uri, selection: element.idRange, range: element.decl.range };
}

function edgeSource(connection: Connection): DiagramSource {
  const { statement } = connection;
  return {
    uri: connection.uri,
    selection: { start: connection.fromRef.range.start, end: connection.toRef.range.end },
    range: statement.range,
  };
}

/**
 * The diagram of a design: every component and group in declaration order, every connection with a stable id,
 * and each finding attached to the element or connection it is about.
 * `findings` are the diagnostics to show as badges (rules and schema errors; syntax errors are the banner's job).
 */
export function diagramOf(model: DesignModel, findings: readonly Diagnostic[] = []): Diagram {
  const nodes: DiagramNode[] = [];
  const groups: DiagramGroup[] = [];
  let order = 0;
  for (const element of model.elements.values()) {
    order++;
    if (element.type === 'group') {
      const groupKind = element.properties.get('kind')?.value;
      groups.push({
        id: element.id, label: element.label ?? element.id, parent: element.group?.id, order,
        ...(groupKind ? { groupKind: valueText(groupKind) } : {}),
        source: sourceOf(element), findings: [],
      });
    } else {
      const description = element.properties.get('description')?.value;
      const facts = factsOf(element.properties).filter(([name]) => name !== 'description');
      const mark = engineMarkOf(facts)?.slug;
      nodes.push({
        id: element.id, kind: element.kind, label: element.label ?? element.id, parent: element.group?.id, order,
        badges: badgesOf(element.kind, element.properties),
        facts,
        ...(mark ? { mark } : {}),
        ...(description ? { description: valueText(description) } : {}),
        source: sourceOf(element), findings: [],
      });
    }
  }
  const edges: DiagramEdge[] = [];
  for (const connection of model.connections) {
    edges.push({
      id: connection.id, from: connection.from.id, to: connection.to.id, kind: connection.kind,
      ...(connection.label !== undefined ? { label: connection.label } : {}),
      facts: factsOf(connection.properties), source: edgeSource(connection), findings: [],
    });
  }
  // Each finding goes to the node, group or edge of its subject (the scale block and the design have none).
  const byId = new Map<string, { findings: DiagramFinding[] }>();
  for (const target of [...nodes, ...groups, ...edges]) byId.set(target.id, target);
  for (const finding of findings) {
    if (finding.code !== 'syntax-error') byId.get(subjectOfDiagnostic(model, finding))?.findings.push(toFinding(finding));
  }
  return { ...(model.title !== undefined ? { title: model.title } : {}), nodes, groups, edges };
}

/** Counts, for size guards and the status line. */
export function diagramSize(diagram: Diagram): number {
  return diagram.nodes.length + diagram.groups.length;
}
