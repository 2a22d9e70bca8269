// The desktop language server: node's connection (IPC, stdio or a socket) and the disk.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeFiles } from './nodeFiles';
import { startServer } from './server';

/** Starts the server on the transport named on the command line (`--stdio`, `--node-ipc`, `--socket=`), reading from disk. */
export function startNodeServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  const files = nodeFiles(connection);
  files.follow(startServer(connection, files));
  // A bug in one request must not take the server down: log it and keep serving.
  process.on('uncaughtException', (error) => connection.console.error(`sysd: ${error.stack ?? error}`));
  process.on('unhandledRejection', (error) => connection.console.error(`sysd: ${String(error)}`));
}
