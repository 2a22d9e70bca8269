// `sysd export FILE --format mermaid|d2|json|mermaid-sequence`: a Mermaid flowchart, a D2 diagram, the resolved model, a flow's sequence.
import type { Analysis } from '../language/analysis';
import { shownIds } from '../diagram/viewDiagram';
import { parseFlags } from './args';
import { exportSequence } from './exportSequence';
import { pickFlow, pickView } from './pick';
import { loadDesign, reportErrors } from './design';
import { exportD2 } from './exportD2';
import { formatModelJson } from './exportJson';
import { exportMermaid, type Direction } from './exportMermaid';
import { emit, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CommandResult, type Io } from './io';
import { designTargets, type Target } from './targets';

export const EXPORT_HELP = `Usage: sysd export FILE --format mermaid|d2|json [--view ID] [-o OUT]
       sysd export FILE --format mermaid-sequence --flow ID [-o OUT]
       sysd export PATHS|GLOBS… --format mermaid|d2|json -o DIR

Exports a design for documentation and other tools:
  mermaid  a Mermaid flowchart (renders in GitHub and GitLab markdown): groups as
           subgraphs, a shape per kind, -.-> for async and <--> for two-way connections
  d2       a D2 diagram: groups as containers, a shape per kind, dashed async connections
  json     the resolved model (components, groups, connections, views, flows, scale),
           described by schemas/model.schema.json
  mermaid-sequence
           one flow (--flow ID) as a Mermaid sequenceDiagram: a participant per step end,
           a message per step (->> for ->, -) for ~>, <<->> for <->)
Several files, directories (searched for *.sysd) or quoted globs are exported into DIR,
one file per design with its base name (design.sysd → DIR/design.mmd, .d2 or .json).

Options:
  -f, --format FORMAT     mermaid, d2, json or mermaid-sequence (required)
      --view ID           mermaid and d2: only what the view ID shows
      --flow ID           mermaid-sequence: the flow to write (required there)
  -o, --output OUT|DIR    write to OUT instead of stdout (a directory for several designs)
      --direction DIR     right (default) or down, for mermaid and d2
  -h, --help              show this help

Exit codes: 0 exported, 1 exported but a design has errors (listed on stderr),
2 usage or I/O error (the worst over all designs).
`;

const FLAGS = {
  format: { type: 'string', short: 'f', choices: ['mermaid', 'd2', 'json', 'mermaid-sequence'] },
  view: { type: 'string' },
  flow: { type: 'string' },
  output: { type: 'string', short: 'o' },
  direction: { type: 'string', choices: ['right', 'down'] },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The file name extension of each format's output in `-o DIR`. */
const EXTENSIONS = { mermaid: '.mmd', d2: '.d2', json: '.json', 'mermaid-sequence': '.mmd' } as const;

interface ExportChoice {
  format: keyof typeof EXTENSIONS;
  direction: Direction;
  view?: string;
  flow?: string;
}

/** The text of one design in the chosen format; throws UsageError for a view or flow the design does not have. */
function exportText(analysis: Analysis, choice: ExportChoice, cwd: string): string {
  const { model } = analysis;
  const shown = choice.view !== undefined ? shownIds(model, pickView(model, choice.view).query) : undefined;
  switch (choice.format) {
    case 'mermaid': return exportMermaid(model, choice.direction, shown);
    case 'd2': return exportD2(model, choice.direction, shown);
    case 'json': return formatModelJson(model, cwd);
    case 'mermaid-sequence': {
      const flow = pickFlow(model, choice.flow ?? '');
      return exportSequence(flow.steps.map((step) => ({ ...step, label: step.label ?? step.connection?.label })));
    }
  }
}

/** Exports one design to its target; returns its exit code. */
function exportTarget(target: Target, choice: ExportChoice, io: Io): number {
  let analysis;
  try {
    analysis = loadDesign(target.name, io, 'export');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`sysd export: ${error.message}\n`);
    return EXIT_USAGE;
  }
  try {
    emit(io, exportText(analysis, choice, io.cwd), target.output);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`sysd export: ${error.message}\n`);
    return EXIT_USAGE;
  }
  return reportErrors(analysis, io, 'export') > 0 ? EXIT_FINDINGS : EXIT_OK;
}

export async function runExport(args: string[], io: Io): Promise<CommandResult> {
  const { flags, positionals } = parseFlags(args, FLAGS);
  if (flags.help) {
    io.out(EXPORT_HELP);
    return { exitCode: EXIT_OK };
  }
  if (!flags.format) throw new UsageError('missing --format: choose mermaid, d2, json or mermaid-sequence.');
  const format = flags.format as keyof typeof EXTENSIONS;
  if (format === 'mermaid-sequence' && flags.flow === undefined) throw new UsageError('--format mermaid-sequence writes one flow: give --flow ID.');
  if (format !== 'mermaid-sequence' && flags.flow !== undefined) throw new UsageError('--flow goes with --format mermaid-sequence.');
  if (flags.view !== undefined && format !== 'mermaid' && format !== 'd2') throw new UsageError('--view goes with --format mermaid or d2.');
  const targets = designTargets(positionals, flags.output, EXTENSIONS[format], io, 'export');
  const choice: ExportChoice = { format, direction: (flags.direction ?? 'right') as Direction, view: flags.view, flow: flags.flow };
  let worst = EXIT_OK;
  for (const target of targets) worst = Math.max(worst, exportTarget(target, choice, io));
  return { exitCode: worst };
}
