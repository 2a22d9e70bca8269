// Helpers for the robustness suite: a server that records what it logs, and the "still alive and still right" check run after each abuse.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Hover, LogMessageParams, MarkupContent, Position, Range } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../protocol/lsp-client';

export const SHOP = readFileSync(new URL('../fixtures/editor/shop.sysd', import.meta.url), 'utf8');

export interface AbusedServer extends TestClient {
  /** Every `window/logMessage` the server sent (uncaught errors are logged there). */
  logs: LogMessageParams[];
  /** What the server wrote to stderr. */
  stderr(): string;
}

export async function startServer(initializationOptions: Record<string, unknown> = { diagnosticsDelayMs: 0 }, rootUri: string | null = null): Promise<AbusedServer> {
  const client = await startClient(rootUri, initializationOptions);
  const logs: LogMessageParams[] = [];
  // Replaces lsp-client's handler, which drops the messages.
  client.connection.onNotification('window/logMessage', (params: LogMessageParams) => { logs.push(params); });
  let stderr = '';
  client.process.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  return Object.assign(client, { logs, stderr: () => stderr });
}

/** The position of `needle` (plus `shift` UTF-16 units) in `text`, as LSP counts: lines and UTF-16 code units. */
export function positionOf(text: string, needle: string, shift = 0): Position {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `'${needle}' is in the text`);
  const before = text.slice(0, index + shift);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const line = before.split(/\r\n|\r|\n/).length - 1;
  return { line, character: index + shift - lineStart };
}

/** The text a range covers (LSP positions, any line ending). */
export function textAt(text: string, range: Range): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') { starts.push(i + 2); i++; } else if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  const offset = (p: Position) => starts[p.line] + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

export const markdownOf = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';

/** Error codes a request may legitimately end with; anything else (InternalError above all) means a handler threw. */
export const REQUEST_CANCELLED = -32800;
export const INVALID_PARAMS = -32602;
export const INVALID_REQUEST = -32600;
export const METHOD_NOT_FOUND = -32601;
export const INTERNAL_ERROR = -32603;

/** Sends a request and returns its result, or the error code it failed with (never throws). */
export async function attempt(server: TestClient, method: string, params: unknown): Promise<{ result?: unknown; code?: number; message?: string }> {
  try {
    return { result: await server.request(method, params) };
  } catch (error) {
    const { code, message } = error as { code?: number; message?: string };
    return { code, message };
  }
}

/** Asserts the request was answered without a handler crashing (a result, or a deliberate error code). */
export function assertAnswered(answer: { code?: number; message?: string }, what: string): void {
  assert.notEqual(answer.code, INTERNAL_ERROR, `${what} crashed a handler: ${answer.message}`);
  assert.ok(answer.code === undefined || answer.code === INVALID_PARAMS || answer.code === INVALID_REQUEST || answer.code === REQUEST_CANCELLED,
    `${what} failed with ${answer.code}: ${answer.message}`);
}

let probes = 0;

/**
 * The check after every abuse: the process is alive, logged no uncaught error, a fresh valid design gets its
 * diagnostics, and a hover on a known component returns that component's card.
 */
export async function assertHealthy(server: AbusedServer): Promise<void> {
  assert.equal(server.process.exitCode, null, `the server exited; stderr: ${server.stderr()}`);
  assert.equal(server.process.signalCode, null, 'the server was killed');
  const uri = `file:///robustness/healthy-${++probes}.sysd`;
  server.open(uri, SHOP);
  const diagnostics = await server.diagnostics(uri, undefined, 60_000);
  // The shop has one finding the editor fixtures rely on, and no errors.
  assert.ok(diagnostics.every((d) => d.severity !== 1), `no errors in a valid design: ${JSON.stringify(diagnostics)}`);
  const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(SHOP, 'service api', 9) });
  assert.match(markdownOf(hover), /\*\*api\*\* · `service` — API/);
  assert.deepEqual(hover?.range, { start: positionOf(SHOP, 'service api', 8), end: positionOf(SHOP, 'service api', 11) });
  server.close(uri);
  const crashes = server.logs.filter((log) => log.type === 1 && /sysd:/.test(log.message));
  assert.deepEqual(crashes.map((log) => log.message), [], 'no uncaught error was logged');
}

/** The server's resident memory in kB (Linux /proc). */
export function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  assert.ok(match, 'VmRSS is in /proc/<pid>/status');
  return Number(match[1]);
}

/**
 * A realistic design of at least `lines` lines: tiers (groups) of a service, cache, database and queue with a worker,
 * multi-line property blocks, connections between tiers, and a few deliberate findings.
 */
export function largeDesign(lines: number): string {
  const out = ['design "Large"', '', 'scale {', '  dau: 50M', '  writes: 10k/s', '  read_write_ratio: 20', '  peak_factor: 3x', '}', '',
    'client web "Browser" { type: web }', 'loadbalancer lb "LB" { instances: 2, health_check: 10s, rate_limit: 1k/s }', 'web -> lb', ''];
  for (let i = 0; out.length < lines; i++) {
    out.push(
      `group tier${i} "Tier ${i}" {`, '  kind: tier',
      `  service svc${i} "Service ${i}" {`, '    autoscale: 2..10', '    capacity: 2k/s', '    timeout: 2s', '  }',
      `  cache cache${i} { engine: redis, ttl: 10m, eviction: allkeys-lru }`,
      `  database db${i} { engine: postgres, replicas: 2, backup: 1d }`,
      `  queue q${i} { engine: kafka${i % 7 === 0 ? '' : `, dlq: q${i}-dlq`} }`, `  queue q${i}-dlq`,
      `  worker w${i} { instances: 2 }`, '}', `lb -> svc${i}`, `svc${i} -> cache${i} : "read"`, `svc${i} -> db${i}`,
      `svc${i} ~> q${i} ~> w${i}`, `w${i} -> db${i} { access: write }`, ...(i > 0 ? [`w${i} -> svc${i - 1}`] : []), '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
