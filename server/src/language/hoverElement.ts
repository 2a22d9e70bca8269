// The hover card of a component or group: kind, label, key properties, connections in and out, and its findings.
import type { Range, Value } from './ast';
import { ARROW_TEXT } from './ast';
import type { Analysis } from './analysis';
import type { Diagnostic } from './diagnostics';
import { kindDocs } from './docs/kinds';
import { baseName, type Connection, type Element } from './model';

const ARROW_WORD = { sync: 'sync', async: 'async', duplex: 'duplex' } as const;
const SEVERITY_ICON = { error: '⛔', warning: '⚠️', info: 'ℹ️', hint: '💡' } as const;

/** The source text of a value, compact (`3`, `"x"`, `[a, b]`, `2..20`). */
export function valueText(value: Value): string {
  switch (value.type) {
    case 'quantity': return value.quantity.text;
    case 'string': return JSON.stringify(value.value);
    case 'identifier': return value.name;
    case 'boolean': return String(value.value);
    case 'range': return `${value.min}..${value.max}`;
    case 'list': return `[${value.items.map(valueText).join(', ')}]`;
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character &&
    a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A written occurrence of an ID: where the hover is. */
export interface Occurrence {
  uri: string;
  range: Range;
}

/** Every diagnostic (schema or rule) reported on the element's ID, or on the occurrence hovered (a duplicate declaration). */
export function findingsOf(analysis: Analysis, element: Element | undefined, occurrence?: Occurrence): Diagnostic[] {
  const all = analysis.problems;
  const seen = new Set<string>();
  const on = (d: Diagnostic, at: Occurrence) => d.uri === at.uri && sameRange(d.range, at.range);
  return all.filter((d) => {
    if (!(element && on(d, { uri: element.uri, range: element.idRange })) && !(occurrence && on(d, occurrence))) return false;
    const key = `${d.code}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function connectionLine(connection: Connection, direction: 'in' | 'out'): string {
  const other = direction === 'in' ? connection.from : connection.to;
  const arrow = ARROW_TEXT[connection.kind];
  const shape = direction === 'in' ? `\`${other.id}\` ${arrow} this` : `this ${arrow} \`${other.id}\``;
  const facts: string[] = [ARROW_WORD[connection.kind]];
  const protocol = connection.properties.get('protocol')?.value;
  if (protocol) facts.push(valueText(protocol));
  const label = connection.label ? ` — "${connection.label}"` : '';
  return `- ${shape} (${facts.join(', ')})${label}`;
}

/** Markdown for the hover over a component or group ID. */
export function elementMarkdown(analysis: Analysis, element: Element, occurrence?: Occurrence): string {
  const what = element.type === 'group' ? 'group' : element.kind;
  const lines: string[] = [];
  lines.push(`**${element.id}** · \`${what}\`${element.label ? ` — ${element.label}` : ''}`);
  if (element.type === 'component') lines.push('', `*${kindDocs[element.kind].summary}*`);
  const where: string[] = [];
  if (element.group) where.push(`in group \`${element.group.id}\`${element.group.label ? ` (${element.group.label})` : ''}`);
  if (element.uri !== analysis.uri) where.push(`declared in ${baseName(element.uri)}`);
  if (where.length > 0) lines.push('', where.join(' · '));
  if (element.type === 'group' && element.members.length > 0) {
    lines.push('', `Holds ${element.members.map((m) => `\`${m.id}\``).join(', ')}`);
  }

  const description = element.properties.get('description')?.value;
  if (description?.type === 'string') lines.push('', `> ${description.value.replace(/\n/g, ' ')}`);
  const shown = [...element.properties].filter(([name, property]) => name !== 'description' && property.value);
  if (shown.length > 0) {
    lines.push('', '**Properties**');
    for (const [name, property] of shown) lines.push(`- ${name}: \`${valueText(property.value as Value)}\``);
  }

  lines.push('', `**Connections** — ${element.incoming.length} in · ${element.outgoing.length} out`);
  for (const connection of element.incoming) lines.push(connectionLine(connection, 'in'));
  for (const connection of element.outgoing) lines.push(connectionLine(connection, 'out'));

  lines.push(...findingLines(findingsOf(analysis, element, occurrence)));
  return lines.join('\n');
}

export function findingLines(findings: Diagnostic[]): string[] {
  if (findings.length === 0) return [];
  return ['', '**Findings**', ...findings.map((f) => `- ${SEVERITY_ICON[f.severity]} \`${f.code}\`: ${f.message}`)];
}
