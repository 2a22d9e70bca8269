// `sysd impact FILE --fail ID[,ID…] | --spof`: what stops working when components fail, and the single points of failure.
import type { Analysis } from '../language/analysis';
import { failureImpact, failureSet, flowsOf, singlePointsOfFailure, type FailureImpact, type SpofReport } from '../language/impact';
import type { Element } from '../language/model';
import { nearest } from '../language/suggest';
import { toPath } from '../language/host';
import { parseFlags } from './args';
import { paint, useColor, type Paint } from './color';
import { loadDesign, reportErrors } from './design';
import { displayPath } from './findings';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CommandResult, type Io } from './io';


export const IMPACT_HELP = `Usage: sysd impact FILE --fail ID[,ID…] [--format text|json]
       sysd impact FILE --spof [--format text|json]

Answers "what if it fails?" from the design's request paths:
  --fail ID[,ID…]  with these components down (a group ID means all its members):
                   what each client can no longer reach, which flows break at
                   which step, and which queues stall with what they fed
  --spof           every component whose failure alone cuts some client off
                   (not redundant by itself: one instance, no replicas, not
                   managed), and the externals the clients depend on

Options:
  -f, --format FORMAT   text (default) or json
  --color, --no-color   force or disable colours (default: on for a terminal)
  -h, --help            show this help

Exit codes: 0 answered, 1 the design has errors (the answer is still given),
2 usage (an unknown ID names the closest ones) or I/O error.
`;

const FLAGS = {
  fail: { type: 'string', multiple: true },
  spof: { type: 'boolean' },
  format: { type: 'string', short: 'f', choices: ['text', 'json'] },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The components or groups named by `--fail` (comma-separated, the flag may repeat); an unknown ID is a usage error. */
export function failedElements(analysis: Analysis, lists: readonly string[]): Element[] {
  const ids = lists.flatMap((list) => list.split(',')).map((id) => id.trim()).filter((id) => id.length > 0);
  if (ids.length === 0) throw new UsageError('--fail needs at least one component or group ID, e.g. --fail db or --fail lb,cache.');
  const { elements } = analysis.model;
  return ids.map((id) => {
    const element = elements.get(id);
    if (element) return element;
    const near = nearest(id, elements.keys());
    throw new UsageError(`unknown component or group '${id}' in --fail.${near.length ? ` The closest IDs: ${near.map((n) => `'${n}'`).join(', ')}.` : ' The design declares none.'}`);
  });
}

export async function runImpact(args: string[], io: Io): Promise<CommandResult> {
  const { flags, positionals } = parseFlags(args, FLAGS, 1);
  if (flags.help) {
    io.out(IMPACT_HELP);
    return { exitCode: EXIT_OK };
  }
  if (flags.spof === (flags.fail !== undefined)) {
    throw new UsageError(flags.spof ? 'give either --fail or --spof, not both.' : 'say what fails: --fail ID[,ID…], or --spof for the single points of failure.');
  }
  const analysis = loadDesign(positionals[0], io, 'impact');
  const format = flags.format === 'json' ? 'json' : 'text';
  const colors = paint(format === 'text' && useColor(io, flags));
  const title = analysis.model.title ?? displayPath(io.cwd, toPath(analysis.uri));
  if (flags.spof) {
    const report = singlePointsOfFailure(analysis.model);
    io.out(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : spofText(title, report, colors));
  } else {
    const impact = failureImpact(analysis.model, failureSet(failedElements(analysis, flags.fail ?? [])), flowsOf(analysis.model));
    io.out(format === 'json' ? `${JSON.stringify(impact, null, 2)}\n` : impactText(title, impact, analysis, colors));
  }
  return { exitCode: reportErrors(analysis, io, 'impact') > 0 ? EXIT_FINDINGS : EXIT_OK };
}

function ids(list: readonly string[]): string {
  return list.join(', ');
}

/** The readable report of one failure: per client, per flow, then what stalls. */
export function impactText(title: string, impact: FailureImpact, analysis: Analysis, colors: Paint): string {
  const lines = [colors.bold(`${title}: if ${ids(impact.failed)} ${impact.failed.length === 1 ? 'fails' : 'fail'}`), ''];
  lines.push(colors.bold('Clients'));
  if (impact.clients.length === 0) lines.push(colors.dim('  the design has no client'));
  for (const { client, unreachable } of impact.clients) {
    lines.push(unreachable.length === 0
      ? `  ${client}: ${colors.dim('still reaches everything it did')}`
      : `  ${client}: ${colors.severity('error', `loses ${unreachable.length}:`)} ${ids(unreachable)}`);
  }
  if (impact.flows.length > 0) {
    lines.push('', colors.bold('Flows'));
    for (const flow of impact.flows) {
      const where = flow.step === undefined ? '' : stepText(analysis, flow.flow, flow.step);
      lines.push(flow.broken ? `  ${flow.flow}: ${colors.severity('error', `broken at step ${flow.step}`)}${where}` : `  ${flow.flow}: ${colors.dim('still works')}`);
    }
  }
  lines.push('', colors.bold('Stalled'));
  if (impact.stalled.length === 0) lines.push(colors.dim('  nothing: every queue still has a consumer'));
  for (const { component, reason } of impact.stalled) lines.push(`  ${component}: ${colors.severity('warning', reason)}`);
  return `${lines.join('\n')}\n`;
}

function stepText(analysis: Analysis, flowId: string, step: number): string {
  const found = flowsOf(analysis.model).find((flow) => flow.id === flowId)?.steps[step - 1];
  return found ? ` (${found.from.id} → ${found.to.id})` : '';
}

/** The readable list of single points of failure and external dependencies. */
export function spofText(title: string, report: SpofReport, colors: Paint): string {
  const lines = [colors.bold(`${title}: single points of failure`), ''];
  if (report.spof.length === 0) lines.push(colors.dim('  none: every component on a request path is redundant by itself'));
  const width = Math.max(0, ...report.spof.map((s) => s.component.length));
  for (const { component, clients } of report.spof) lines.push(`  ${colors.severity('warning', component.padEnd(width))}  cuts off ${ids(clients)}`);
  if (report.external.length > 0) {
    lines.push('', colors.bold('External dependencies'));
    for (const { component, clients, sla } of report.external) {
      lines.push(`  ${component}${sla === undefined ? colors.dim(' (no sla stated)') : ` (sla ${sla}%)`}  used by ${ids(clients)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
