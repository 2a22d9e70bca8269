// Entry point of the browser language server (dist/web/server.js): a web worker speaking LSP over postMessage.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { ClientFiles } from './clientFiles';
import { startServer } from './server';

/** The worker's global scope (the project's type-check has no DOM library: only what is used here). */
declare const self: {
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: { message?: string; reason?: unknown }) => void): void;
};
type Port = ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self as Port), new BrowserMessageWriter(self as Port));
const files = new ClientFiles(connection);
files.follow(startServer(connection, files));
// A bug in one request must not take the server down: log it and keep serving.
self.addEventListener('error', (event) => connection.console.error(`sysd: ${String(event.message)}`));
self.addEventListener('unhandledrejection', (event) => connection.console.error(`sysd: ${String(event.reason)}`));
