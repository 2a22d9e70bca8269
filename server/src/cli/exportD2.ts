// `sysd export --format d2`: a D2 diagram (containers for groups, shapes per kind, dashed async connections).
import type { ArrowKind } from '../language/ast';
import { perKind } from '../language/kinds';
import type { DesignModel, Element } from '../language/model';
import type { Direction } from './exportMermaid';

/** D2 shapes per kind (https://d2lang.com/tour/shapes). */
const SHAPES = perKind((kind) => kind.d2);

const ARROWS: Record<ArrowKind, string> = { sync: '->', async: '->', duplex: '<->' };

/** A double-quoted D2 string: backslash escapes for `"`, `\` and `$` (which starts a `${var}` substitution), newlines as `\n`. */
export function d2String(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$').replace(/\r?\n/g, '\\n')}"`;
}

/** Keys stay bare when plain words; anything else (kebab-case IDs included) is quoted. */
export function d2Key(id: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(id) ? id : d2String(id);
}

/** The dotted path of an element through its containers, e.g. `backend.data."url-cache"`. */
function path(element: Element): string {
  const parts: string[] = [];
  for (let at: Element | undefined = element; at; at = at.group) parts.unshift(d2Key(at.id));
  return parts.join('.');
}

/** `shown`: the ids of the components and groups to draw (a view's), and the connections between them; all when absent. */
export function exportD2(model: DesignModel, direction: Direction = 'right', shown?: ReadonlySet<string>): string {
  const drawn = (element: Element) => !shown || shown.has(element.id);
  const connections = model.connections.filter((c) => drawn(c.from) && drawn(c.to));
  const lines: string[] = [];
  if (model.title) lines.push(`# ${model.title.replace(/\r?\n/g, ' ')}`);
  lines.push(`direction: ${direction}`, '');
  const emit = (element: Element, indent: string) => {
    const label = d2String(element.label ?? element.id);
    if (element.type === 'group') {
      lines.push(`${indent}${d2Key(element.id)}: ${label} {`);
      for (const member of element.members) if (drawn(member)) emit(member, `${indent}  `);
      lines.push(`${indent}}`);
    } else {
      lines.push(`${indent}${d2Key(element.id)}: ${label} { shape: ${SHAPES[element.kind]} }`);
    }
  };
  for (const element of [...model.groups, ...model.components]) if (!element.group && drawn(element)) emit(element, '');
  if (connections.length > 0) lines.push('');
  for (const connection of connections) {
    const label = connection.label ? `: ${d2String(connection.label)}` : '';
    const style = connection.kind === 'async' ? ' { style.stroke-dash: 3 }' : '';
    lines.push(`${path(connection.from)} ${ARROWS[connection.kind]} ${path(connection.to)}${label}${style}`);
  }
  return `${lines.join('\n')}\n`;
}
