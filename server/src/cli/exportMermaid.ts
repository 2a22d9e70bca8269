// `sysd export --format mermaid`: a flowchart that renders on GitHub and GitLab (subgraphs, shapes per kind, arrow styles).
import type { ArrowKind } from '../language/ast';
import { perKind } from '../language/kinds';
import type { DesignModel, Element, Group } from '../language/model';

export type Direction = 'right' | 'down';

/** Shape brackets per kind: [open, close]. */
const SHAPES = perKind((kind) => kind.mermaid.shape);

const ARROWS: Record<ArrowKind, string> = { sync: '-->', async: '-.->', duplex: '<-->' };

/** Fill and stroke per kind, so the kinds sharing a shape still differ. */
const COLORS = perKind((kind) => kind.mermaid.colors);

/** Words Mermaid's flowchart grammar reserves; an ID equal to one of them gets a prefix. */
const RESERVED = new Set(['end', 'graph', 'flowchart', 'subgraph', 'style', 'class', 'classdef', 'click', 'linkstyle', 'direction', 'default', 'call', 'href', 'callback', 'interpolate', 'accTitle', 'accDescr'].map((w) => w.toLowerCase()));

/** Text inside `"…"`: Mermaid decodes `#name;` entities, so quotes, angle brackets, pipes, backticks, `#` and `&` are written as entities. */
export function mermaidText(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;')
    // A backtick opens a markdown string in Mermaid.
    .replace(/`/g, '#96;')
    .replace(/\r?\n/g, '<br/>');
}

/** Mermaid node IDs: letters, digits and `_` only, never a keyword, unique across the design. */
export function mermaidIds(model: DesignModel): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const element of [...model.groups, ...model.components]) {
    let base = element.id.replace(/[^A-Za-z0-9_]/g, '_');
    if (/^[0-9]/.test(base) || RESERVED.has(base.toLowerCase())) base = `n_${base}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    ids.set(element.id, id);
  }
  return ids;
}

/** `shown`: the ids of the components and groups to draw (a view's), and the connections between them; all when absent. */
export function exportMermaid(model: DesignModel, direction: Direction = 'right', shown?: ReadonlySet<string>): string {
  const drawn = (element: Element) => !shown || shown.has(element.id);
  const ids = mermaidIds(model);
  const id = (element: Element) => ids.get(element.id) as string;
  const lines: string[] = [];
  if (model.title) lines.push('---', `title: ${JSON.stringify(model.title)}`, '---');
  lines.push(`flowchart ${direction === 'down' ? 'TD' : 'LR'}`);

  const node = (element: Element, indent: string) => {
    if (element.type === 'group') {
      emitGroup(element, indent);
      return;
    }
    const [open, close] = SHAPES[element.kind];
    lines.push(`${indent}${id(element)}${open}"${mermaidText(element.label ?? element.id)}"${close}:::${element.kind}`);
  };
  const emitGroup = (group: Group, indent: string) => {
    lines.push(`${indent}subgraph ${id(group)}["${mermaidText(group.label ?? group.id)}"]`);
    for (const member of group.members) if (drawn(member)) node(member, `${indent}  `);
    lines.push(`${indent}end`);
  };
  for (const element of [...model.groups, ...model.components]) if (!element.group && drawn(element)) node(element, '  ');

  for (const connection of model.connections) {
    if (!drawn(connection.from) || !drawn(connection.to)) continue;
    const label = connection.label ? `|"${mermaidText(connection.label)}"|` : '';
    lines.push(`  ${id(connection.from)} ${ARROWS[connection.kind]}${label} ${id(connection.to)}`);
  }
  const kinds = [...new Set(model.components.filter(drawn).map((c) => c.kind))].sort();
  for (const kind of kinds) lines.push(`  classDef ${kind} fill:${COLORS[kind][0]},stroke:${COLORS[kind][1]},color:#000`);
  return `${lines.join('\n')}\n`;
}
