// `sysd export --format mermaid-sequence --flow ID`: one flow as a Mermaid (11) sequenceDiagram, step by step.
import type { ArrowKind } from '../language/ast';
import type { Element } from '../language/model';
import { mermaidText } from './exportMermaid';

/** A step as the export reads it: its ends, its arrow, and the label to print (the step's, else its connection's). */
export interface SequenceStep {
  from: Element;
  to: Element;
  arrow: ArrowKind;
  label?: string;
}

const MESSAGE_ARROWS: Record<ArrowKind, string> = { sync: '->>', async: '-)', duplex: '<<->>' };

/** Participant aliases: the ID with every `-` replaced by `_`, then `_2`, `_3`… when two IDs come out the same. */
function aliases(ends: readonly Element[]): Map<Element, string> {
  const byEnd = new Map<Element, string>();
  const used = new Set<string>();
  for (const end of ends) {
    if (byEnd.has(end)) continue;
    const base = end.id.replace(/-/g, '_');
    let alias = base;
    for (let n = 2; used.has(alias); n++) alias = `${base}_${n}`;
    used.add(alias);
    byEnd.set(end, alias);
  }
  return byEnd;
}

export function exportSequence(steps: readonly SequenceStep[]): string {
  const names = aliases(steps.flatMap((step) => [step.from, step.to]));
  const lines = ['sequenceDiagram'];
  for (const [end, alias] of names) lines.push(`  participant ${alias} as ${mermaidText(end.label ?? end.id)}`);
  for (const step of steps) {
    const text = step.label ? ` ${mermaidText(step.label)}` : '';
    lines.push(`  ${names.get(step.from)}${MESSAGE_ARROWS[step.arrow]}${names.get(step.to)}:${text}`);
  }
  return `${lines.join('\n')}\n`;
}
