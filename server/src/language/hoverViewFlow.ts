// Hover over a view's or a flow's ID: what the view shows and how it selects it; a flow's steps, latency sum and availability ceiling.
import { ARROW_TEXT } from './ast';
import type { Analysis } from './analysis';
import { availabilityArithmetic, budgetOf, formatPercent, latencyArithmetic } from './flowBudget';
import { findingLines, findingsOf } from './hoverElement';
import type { Element, Flow, View } from './model';
import { formatDuration } from './quantities';
import { viewContent } from './views';

function ids(elements: readonly Element[]): string {
  return elements.map((element) => `\`${element.id}\``).join(', ');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function heading(word: 'view' | 'flow', item: View | Flow): string {
  return `**${word} ${item.id}**${item.label ? ` — ${item.label}` : ''}`;
}

export function viewMarkdown(analysis: Analysis, view: View): string {
  const { query } = view;
  const content = viewContent(analysis.model, query);
  const lines = [heading('view', view), '', `Shows ${plural(content.components.size, 'component')} in ${plural(content.groups.size, 'group')}.`, '', '**Selection**'];
  const selects = query.include.length > 0 || query.kinds.length > 0 || query.tags.length > 0 || query.around !== undefined;
  if (!selects) lines.push('- every component (no `include`, `kinds`, `tags` or `around`)');
  if (query.include.length > 0) lines.push(`- include ${ids(query.include)}`);
  if (query.kinds.length > 0) lines.push(`- every ${query.kinds.map((kind) => `\`${kind}\``).join(', ')}`);
  if (query.tags.length > 0) lines.push(`- tagged ${query.tags.map((tag) => `\`${tag}\``).join(', ')}`);
  if (query.around) lines.push(`- within ${plural(query.depth, 'connection')} of \`${query.around.id}\``);
  if (query.exclude.length > 0) lines.push(`- minus ${ids(query.exclude)}`);
  if (view.collapse.length > 0) lines.push(`- ${ids(view.collapse)} drawn as one box`);
  lines.push(...findingLines(findingsOf(analysis, undefined, { uri: view.uri, range: view.idRange })));
  return lines.join('\n');
}

export function flowMarkdown(analysis: Analysis, flow: Flow): string {
  const budget = budgetOf(analysis.model, flow);
  const lines = [heading('flow', flow), '', '**Steps**'];
  if (flow.steps.length === 0) lines.push('- none yet');
  for (const step of flow.steps) {
    const via = step.connection ? `via \`${step.connection.id}\`` : '**no declared connection**';
    const latency = step.arrow === 'async' ? ' (does not wait)' : step.latency !== undefined ? `, ${formatDuration(step.latency)} (its own)` : '';
    lines.push(`${step.index}. \`${step.from.id}\` ${ARROW_TEXT[step.arrow]} \`${step.to.id}\` ${via}${latency}`);
  }
  const latency = budget.cost.latency;
  lines.push('', '**Latency**');
  if (!latency) lines.push('- no step has a `latency` to count');
  else lines.push(`- ${latencyArithmetic(budget)}`);
  if (budget.latency) {
    const over = latency !== undefined && latency.seconds > budget.latency.seconds;
    lines.push(`- budget ${formatDuration(budget.latency.seconds)} (${budget.latency.from === 'flow' ? '`latency_budget`' : "the scale block's `latency_p99`"})${latency ? (over ? ': **over**' : ': within') : ''}`);
  }
  const ceiling = budget.cost.availability;
  lines.push('', '**Availability**');
  if (!ceiling) lines.push('- no component on it declares `availability` or `sla`');
  else lines.push(`- at most ${availabilityArithmetic(budget)}, capped by ${ceiling.terms.map((term) => `\`${term.component.id}\``).join(', ')}`);
  if (budget.availability) {
    const below = ceiling !== undefined && ceiling.percent < budget.availability.percent;
    lines.push(`- budget ${formatPercent(budget.availability.percent)} (${budget.availability.from === 'flow' ? '`availability_budget`' : "the scale block's `availability`"})${ceiling ? (below ? ': **below**' : ': met') : ''}`);
  }
  lines.push(...findingLines(findingsOf(analysis, undefined, { uri: flow.uri, range: flow.idRange })));
  return lines.join('\n');
}
