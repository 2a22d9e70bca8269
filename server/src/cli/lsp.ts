// `sysd lsp --stdio`: the language server for editors other than VS Code.
import { EXIT_USAGE, type CommandResult, type Io } from './io';
import { startNodeServer } from '../lsp/nodeServer';

export async function runLsp(args: string[], io: Io): Promise<CommandResult> {
  if (args.includes('-h') || args.includes('--help')) {
    io.out('Usage: sysd lsp --stdio\n\nStarts the sysd language server speaking LSP over stdin/stdout.\n');
    return { exitCode: 0 };
  }
  if (!args.includes('--stdio')) {
    io.err("sysd lsp: pass '--stdio' (the only transport offered on the command line).\n");
    return { exitCode: EXIT_USAGE };
  }
  startNodeServer();
  // The server runs until the client sends `exit`; never resolve.
  return new Promise<CommandResult>(() => undefined);
}
