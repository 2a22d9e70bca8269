// The bundled language server over stdio for the protocol benchmarks: published diagnostics, memory and CPU from /proc.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** The server bundle scripts/bench.mjs builds beside the runner (the same entry and options as dist/cli/sysd.cjs). */
function serverBundle(): string {
  return join(dirname(process.argv[1]), 'sysd.cjs');
}

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** How long the benchmarks wait before reading a server's memory: its collector runs when it is idle. */
export const SETTLE_MS = 1500;

export function settle(ms = SETTLE_MS): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface Position { line: number; character: number }

export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; start = i + 1; }
  return { line, character: offset - start };
}

export class Server {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: Array<() => void> = [];
  private readonly stderr: string[] = [];

  constructor() {
    this.process = spawn(process.execPath, [serverBundle(), 'lsp', '--stdio'], { stdio: 'pipe' });
    this.process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: null, workspaceFolders: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } } },
      // No debounce: the figure is the server's work, not the quiet time it waits for while someone types.
      initializationOptions: { diagnosticsDelayMs: 0 },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves when diagnostics for `uri` at `version` arrive. */
  diagnostics(uri: string, version: number, timeoutMs = 120_000): Promise<PublishDiagnosticsParams> {
    return this.until(() => this.published.find((p) => p.uri === uri && p.version === version), `diagnostics for ${uri} v${version}`, timeoutMs);
  }

  /** How many publications there have been so far: a mark to wait for newer ones. */
  mark(): number {
    return this.published.length;
  }

  /** Resolves when every one of `uris` has had diagnostics published after `mark` (a re-check keeps the version). */
  republished(uris: readonly string[], mark: number, timeoutMs = 120_000): Promise<true> {
    const waiting = new Set(uris);
    let seen = mark;
    return this.until(() => {
      for (; seen < this.published.length; seen++) waiting.delete(this.published[seen].uri);
      return waiting.size === 0 || undefined;
    }, `diagnostics for ${waiting.size} of ${uris.length} documents`, timeoutMs);
  }

  private until<T>(found: () => T | undefined, what: string, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} in ${timeoutMs} ms; stderr: ${this.stderr.join('')}`)), timeoutMs);
      const check = () => {
        const result = found();
        if (result !== undefined) { clearTimeout(timer); resolve(result); } else this.waiters.push(check);
      };
      check();
    });
  }

  /** Resident and peak resident memory of the server process, from /proc (Linux). */
  memory(): { rssMb: number; peakMb: number } | undefined {
    try {
      const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
      return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
    } catch {
      return undefined;
    }
  }

  /** CPU time (user + system) the server process has used so far, from /proc (Linux, 10 ms ticks). */
  cpuMs(): number | undefined {
    try {
      const stat = readFileSync(`/proc/${this.process.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Fields 14 and 15 of proc(5), counted from the state field (3): utime and stime in clock ticks of 1/100 s.
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
    await new Promise<void>((resolve) => { if (this.process.exitCode !== null) resolve(); else this.process.once('exit', () => resolve()); });
  }
}
