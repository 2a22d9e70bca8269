// `sysd export FILE --format mermaid|d2|json`: the design as a Mermaid flowchart, a D2 diagram or the resolved model.
import { parseFlags } from './args';
import { loadDesign, reportErrors } from './design';
import { exportD2 } from './exportD2';
import { formatModelJson } from './exportJson';
import { exportMermaid, type Direction } from './exportMermaid';
import { emit, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CommandResult, type Io } from './io';
import { designTargets, type Target } from './targets';

export const EXPORT_HELP = `Usage: sysd export FILE --format mermaid|d2|json [-o OUT]
       sysd export PATHS|GLOBS… --format mermaid|d2|json -o DIR

Exports a design for documentation and other tools:
  mermaid  a Mermaid flowchart (renders in GitHub and GitLab markdown): groups as
           subgraphs, a shape per kind, -.-> for async and <--> for two-way connections
  d2       a D2 diagram: groups as containers, a shape per kind, dashed async connections
  json     the resolved model (components, groups, connections, scale), described by
           schemas/model.schema.json
Several files, directories (searched for *.sysd) or quoted globs are exported into DIR,
one file per design with its base name (design.sysd → DIR/design.mmd, .d2 or .json).

Options:
  -f, --format FORMAT     mermaid, d2 or json (required)
  -o, --output OUT|DIR    write to OUT instead of stdout (a directory for several designs)
      --direction DIR     right (default) or down, for mermaid and d2
  -h, --help              show this help

Exit codes: 0 exported, 1 exported but a design has errors (listed on stderr),
2 usage or I/O error (the worst over all designs).
`;

const FLAGS = {
  format: { type: 'string', short: 'f', choices: ['mermaid', 'd2', 'json'] },
  output: { type: 'string', short: 'o' },
  direction: { type: 'string', choices: ['right', 'down'] },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The file name extension of each format's output in `-o DIR`. */
const EXTENSIONS = { mermaid: '.mmd', d2: '.d2', json: '.json' } as const;

/** Exports one design to its target; returns its exit code. */
function exportTarget(target: Target, format: keyof typeof EXTENSIONS, direction: Direction, io: Io): number {
  let analysis;
  try {
    analysis = loadDesign(target.name, io, 'export');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`sysd export: ${error.message}\n`);
    return EXIT_USAGE;
  }
  const text = format === 'mermaid' ? exportMermaid(analysis.model, direction)
    : format === 'd2' ? exportD2(analysis.model, direction)
    : formatModelJson(analysis.model, io.cwd);
  try {
    emit(io, text, target.output);
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
  if (!flags.format) throw new UsageError('missing --format: choose mermaid, d2 or json.');
  const format = flags.format as keyof typeof EXTENSIONS;
  const targets = designTargets(positionals, flags.output, EXTENSIONS[format], io, 'export');
  const direction = (flags.direction ?? 'right') as Direction;
  let worst = EXIT_OK;
  for (const target of targets) worst = Math.max(worst, exportTarget(target, format, direction, io));
  return { exitCode: worst };
}
