// End-to-end latency over LSP: the bundled server over stdio, keystroke → diagnostics, hover/completion/definition, RSS.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { generateDesign } from './generator';
import { isSmoke, summarize, type Row, type RunOptions } from './measure';

/** The server bundle scripts/bench.mjs builds beside the runner (the same entry and options as dist/cli/sysd.cjs). */
function serverBundle(): string {
  return join(dirname(process.argv[1]), 'sysd.cjs');
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

interface Position { line: number; character: number }

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; start = i + 1; }
  return { line, character: offset - start };
}

class Server {
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
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms; stderr: ${this.stderr.join('')}`)), timeoutMs);
      const check = () => {
        const found = this.published.find((p) => p.uri === uri && p.version === version);
        if (found) { clearTimeout(timer); resolve(found); } else this.waiters.push(check);
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

interface Edit { offset: number; remove: number; insert: string; note: string }

/**
 * The keystrokes: typing a word into one component's label, changing digits of property values here and there,
 * and twice a stray character that breaks the syntax, removed by the next keystroke.
 */
function keystrokes(text: string, count: number): Edit[] {
  const edits: Edit[] = [];
  let doc = text;
  const apply = (edit: Edit) => { doc = doc.slice(0, edit.offset) + edit.insert + doc.slice(edit.offset + edit.remove); edits.push(edit); };
  const label = doc.indexOf('"API 3"') + '"API 3'.length;
  const word = ' public edition';
  for (let i = 0; edits.length < count; i++) {
    const step = edits.length;
    if (step % 25 === 10) {
      // A stray `{` at the start of a line: the parser must recover; the next keystroke deletes it.
      const at = doc.indexOf('\n', Math.floor(doc.length * 0.6)) + 1;
      apply({ offset: at, remove: 0, insert: '{', note: 'syntax error' });
      if (edits.length < count) apply({ offset: at, remove: 1, insert: '', note: 'syntax fixed' });
    } else if (step % 3 === 2) {
      // Change a capacity digit of some core service: `capacity: 800/s` ↔ `capacity: 900/s`.
      const k = (step * 7) % 4;
      const at = doc.indexOf('capacity: ', doc.indexOf(`service core${k} `)) + 'capacity: '.length;
      apply({ offset: at, remove: 1, insert: doc[at] === '8' ? '9' : '8', note: 'property value' });
    } else {
      const typed = edits.filter((e) => e.note === 'label').length;
      apply({ offset: label + typed, remove: 0, insert: word[typed % word.length], note: 'label' });
    }
  }
  return edits;
}

/** Where the editor requests go: [name, needle, shift into the needle]. */
const SPOTS: Array<[string, string, number]> = [
  ['component ID', 'service core2 ', 'service co'.length],
  ['property value', 'engine: ', 'engine: p'.length],
  ['connection target', 'api1 -> db1 :', 'api1 -> d'.length],
];

export async function run(options: RunOptions = {}): Promise<Row[]> {
  const smoke = options.smoke ?? isSmoke();
  const n = smoke ? 200 : 1000;
  const rows: Row[] = [];
  const text = generateDesign(n);
  const uri = 'file:///bench/protocol.sysd';
  const server = new Server();
  try {
    await server.initialize();
    let start = now();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sysd', version: 1, text } });
    await server.diagnostics(uri, 1);
    const openMs = now() - start;
    rows.push({ name: `didOpen ${n} components → diagnostics`, runs: 1, medianMs: openMs, p90Ms: openMs, metric: 'protocol.open' });

    // Keystrokes: each waits for its own diagnostics before the next, as a typist slower than the server would see.
    let doc = text;
    let version = 1;
    const times: Record<string, number[]> = {};
    const cpuBefore = server.cpuMs();
    for (const edit of keystrokes(text, smoke ? 5 : 50)) {
      const range = { start: positionAt(doc, edit.offset), end: positionAt(doc, edit.offset + edit.remove) };
      doc = doc.slice(0, edit.offset) + edit.insert + doc.slice(edit.offset + edit.remove);
      version++;
      start = now();
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: edit.insert }] });
      await server.diagnostics(uri, version);
      (times[edit.note] ??= []).push(now() - start);
    }
    const cpuAfter = server.cpuMs();
    const all = Object.values(times).flat();
    rows.push(summarize(`keystroke → diagnostics, ${n} components (all ${all.length} edits)`, all, { metric: 'protocol.keystroke', coldMs: undefined }));
    if (cpuBefore !== undefined && cpuAfter !== undefined) {
      // The server's own CPU per keystroke: close to the wall time on an idle machine, far below it on a busy one.
      const mean = (cpuAfter - cpuBefore) / all.length;
      rows.push({ name: `server CPU per keystroke, ${n} components (mean of ${all.length})`, runs: all.length, medianMs: mean, p90Ms: mean, metric: 'protocol.keystroke.cpu', note: 'mean from /proc, 10 ms ticks' });
    }
    for (const [note, values] of Object.entries(times)) rows.push(summarize(`keystroke → diagnostics, ${n} components (${note})`, values));

    // Editor requests on the edited document (the server answers from its latest analysis).
    const requests = smoke ? 2 : 20;
    const spots: Array<[string, Position]> = SPOTS.map(([name, needle, shift]) => [name, positionAt(doc, doc.indexOf(needle) + shift)]);
    // An empty line between two domains' connections.
    spots.push(['empty line', positionAt(doc, doc.indexOf('\n\n// Domain 2.') + 1)]);
    const methods: Array<[string, string]> = [['hover', 'textDocument/hover'], ['completion', 'textDocument/completion'], ['definition', 'textDocument/definition']];
    for (const [method, lspMethod] of methods) {
      for (const [spot, position] of spots) {
        if (method === 'definition' && spot === 'empty line') continue;
        const latencies: number[] = [];
        for (let i = 0; i < requests + 1; i++) {
          start = now();
          await server.connection.sendRequest(lspMethod, { textDocument: { uri }, position });
          if (i > 0) latencies.push(now() - start);
        }
        rows.push(summarize(`${method} at ${spot}, ${n} components`, latencies, { metric: `protocol.${method}.${spot.replace(/ /g, '-')}` }));
      }
    }
  } finally {
    await server.stop();
  }

  if (!smoke) rows.push(...(await bigDesignMemory(10000)));
  return rows;
}

/** A fresh server opens an N-component design: how long until diagnostics, and how much memory it then holds. */
async function bigDesignMemory(n: number): Promise<Row[]> {
  const server = new Server();
  const uri = 'file:///bench/big.sysd';
  try {
    await server.initialize();
    const text = generateDesign(n);
    const start = now();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sysd', version: 1, text } });
    await server.diagnostics(uri, 1);
    const openMs = now() - start;
    // Let a collection settle, then read the resident size (VmRSS) and the peak (VmHWM).
    await new Promise((resolve) => setTimeout(resolve, 500));
    const memory = server.memory();
    const rows: Row[] = [{ name: `didOpen ${n} components → diagnostics`, runs: 1, medianMs: openMs, p90Ms: openMs, metric: 'protocol.open10k' }];
    if (memory) {
      const note = `peak (VmHWM) ${memory.peakMb.toFixed(0)} MB; figures in MB, not ms`;
      rows.push({ name: `server RSS after opening ${n} components (MB)`, runs: 1, medianMs: memory.rssMb, p90Ms: memory.rssMb, metric: 'protocol.rss10k', note });
    }
    return rows;
  } finally {
    await server.stop();
  }
}
