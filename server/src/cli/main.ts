// The `sysd` command line: dispatches to one command module per verb.
import { runCheck } from './check';
import { runLsp } from './lsp';
import { EXIT_USAGE, type CommandResult, type Io } from './io';

const VERSION = '0.1.0';

const USAGE = `sysd ${VERSION} — system design as code

Usage: sysd <command> [options]

Commands:
  check [PATHS…]     check designs (files or directories) and print diagnostics
  lsp --stdio        start the language server for any LSP editor

Options:
  -h, --help         show help for a command
  -v, --version      print the version
`;

const commands: Record<string, (args: string[], io: Io) => Promise<CommandResult>> = {
  check: runCheck,
  lsp: runLsp,
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
    io.err(`sysd: unknown command '${command}'. Run 'sysd --help' for the list.\n`);
    return EXIT_USAGE;
  }
  return (await run(args, io)).exitCode;
}
