// `sysd export FILE --format mermaid|d2|json`: the design as a Mermaid flowchart, a D2 diagram or the resolved model.
import { parseFlags } from './args';
import { loadDesign, reportErrors } from './design';
import { exportD2 } from './exportD2';
import { formatModelJson } from './exportJson';
import { exportMermaid, type Direction } from './exportMermaid';
import { emit, EXIT_FINDINGS, EXIT_OK, UsageError, type CommandResult, type Io } from './io';

export const EXPORT_HELP = `Usage: sysd export FILE --format mermaid|d2|json [-o OUT]

Exports a design for documentation and other tools:
  mermaid  a Mermaid flowchart (renders in GitHub and GitLab markdown): groups as
           subgraphs, a shape per kind, -.-> for async and <--> for two-way connections
  d2       a D2 diagram: groups as containers, a shape per kind, dashed async connections
  json     the resolved model (components, groups, connections, scale), described by
           schemas/model.schema.json

Options:
  -f, --format FORMAT     mermaid, d2 or json (required)
  -o, --output OUT        write to OUT instead of stdout
      --direction DIR     right (default) or down, for mermaid and d2
  -h, --help              show this help

Exit codes: 0 exported, 1 exported but the design has errors (listed on stderr),
2 usage or I/O error.
`;

const FLAGS = {
  format: { type: 'string', short: 'f', choices: ['mermaid', 'd2', 'json'] },
  output: { type: 'string', short: 'o' },
  direction: { type: 'string', choices: ['right', 'down'] },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runExport(args: string[], io: Io): Promise<CommandResult> {
  const { flags, positionals } = parseFlags(args, FLAGS, 1);
  if (flags.help) {
    io.out(EXPORT_HELP);
    return { exitCode: EXIT_OK };
  }
  if (!flags.format) throw new UsageError('missing --format: choose mermaid, d2 or json.');
  const analysis = loadDesign(positionals[0], io, 'export');
  const direction = (flags.direction ?? 'right') as Direction;
  const text = flags.format === 'mermaid' ? exportMermaid(analysis.model, direction)
    : flags.format === 'd2' ? exportD2(analysis.model, direction)
    : formatModelJson(analysis.model, io.cwd);
  emit(io, text, flags.output);
  return { exitCode: reportErrors(analysis, io, 'export') > 0 ? EXIT_FINDINGS : EXIT_OK };
}
