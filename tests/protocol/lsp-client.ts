// A minimal third-party LSP client for tests: spawns the built server with --stdio and speaks JSON-RPC to it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const CLI = fileURLToPath(new URL('../../dist/cli/sysd.cjs', import.meta.url));

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcessWithoutNullStreams;
  initializeResult: InitializeResult;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, text: string, version: number): void;
  close(uri: string): void;
  /** Resolves with the first diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  request<R>(method: string, params: unknown): Promise<R>;
  stop(): Promise<void>;
}

/**
 * `requests`: more server → client requests this client answers (installed before `initialize`, so none is missed);
 * `folders` opens several workspace folders (multi-root); by default the one folder is `rootUri`.
 */
export async function startClient(
  rootUri: string | null = null, initializationOptions: unknown = undefined, requests: Record<string, (params: never) => unknown> = {},
  folders: string[] | undefined = undefined,
): Promise<TestClient> {
  const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: 'pipe' });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<() => void> = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const wake of waiters.splice(0)) wake();
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onNotification('window/logMessage', () => undefined);
  for (const [method, answer] of Object.entries(requests)) connection.onRequest(method, answer);
  connection.listen();

  const initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: folders ? folders.map((uri, i) => ({ uri, name: `folder-${i}` })) : rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
    },
    initializationOptions,
  });
  await connection.sendNotification('initialized', {});

  return {
    connection,
    process: child,
    initializeResult,
    open(uri, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sysd', version, text } });
    },
    change(uri, text, version) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    close(uri) {
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    diagnostics(uri, accept = () => true, timeoutMs = 10000) {
      return new Promise((resolve, reject) => {
        let seen = 0;
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${stderr.join('')}`)), timeoutMs);
        const check = () => {
          for (; seen < published.length; seen++) {
            const params = published[seen];
            if (params.uri === uri && accept(params)) {
              clearTimeout(timer);
              resolve(params.diagnostics);
              return;
            }
          }
          waiters.push(check);
        };
        check();
      });
    },
    request: (method, params) => connection.sendRequest(method, params),
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
    },
  };
}

/** A diagnostic's message as text (LSP 3.18 allows Markdown content too). */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
