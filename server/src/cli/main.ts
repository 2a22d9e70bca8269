// The `sysd` command line: dispatches to one command module per verb.
import { runCheck } from './check';
import { runEstimate } from './estimate';
import { runExplain } from './explain';
import { runExport } from './export';
import { runRules } from './rules';
import { runFmt } from './fmt';
import { runImpact } from './impact';
import { runLsp } from './lsp';
import { runMcp } from './mcp';
import { runRender } from './render';
import { EXIT_USAGE, runCommand, type CommandResult, type Io } from './io';
import { VERSION } from './version';
import { didYouMean } from '../language/suggest';

const USAGE = `sysd ${VERSION} — system design as code

Usage: sysd <command> [options]

Commands:
  check [PATHS…]     review designs (files, directories, globs): text, json or sarif
  export FILE        export a design as a Mermaid or D2 diagram, or the model as JSON
  estimate FILE      the back-of-the-envelope numbers of the scale block
  impact FILE --fail ID[,ID…] | --spof
                     what stops working when components fail; single points of failure
  rules              list the best-practice rules
  explain RULE       print a rule's documentation
  fmt [--check] [PATHS…]  format designs in place (--check: list unformatted files)
  render FILE [-o OUT]    draw a design as SVG or PNG (the preview's picture)
  lsp --stdio        start the language server for any LSP editor
  mcp                start a Model Context Protocol server (stdio) for AI assistants

Options:
  -h, --help         show help for a command
  -v, --version      print the version
`;

const commands: Record<string, (args: string[], io: Io) => Promise<CommandResult>> = {
  check: runCheck,
  estimate: runEstimate,
  explain: runExplain,
  export: runExport,
  rules: runRules,
  fmt: runFmt,
  impact: runImpact,
  lsp: runLsp,
  mcp: runMcp,
  render: runRender,
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? EXIT_USAGE : 0;
  }
  if (command === '-v' || command === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const run = commands[command];
  if (!run) {
    io.err(`sysd: unknown command '${command}'.${didYouMean(command, Object.keys(commands))} Run 'sysd --help' for the list.\n`);
    return EXIT_USAGE;
  }
  return runCommand(command, run, args, io);
}
