// The page the web test loads (bundled by tests/web/web.test.ts): a small LSP client of the browser server in a web worker,
// playing VS Code's part (it answers the server's file reads from the served test workspace), and the preview's
// LayoutClient on the browser layout worker.
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/browser';
import { LayoutClient } from '../../client/src/preview/layoutClient';
import { webLayoutWorker } from '../../client/src/preview/webLayoutWorker';
import type { Diagram } from '../../server/src/diagram/model';
import { LIST_DESIGNS_REQUEST, READ_FILE_REQUEST, type ReadFileParams } from '../../server/src/protocol/requests';

/** Where the workspace lives for the server (as on github.dev) and where the page fetches it from. */
export interface HarnessWorkspace {
  root: string;
  servedFrom: string;
  designs: string[];
}

interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{ code?: string | number; range: { start: { line: number; character: number } }; message: string }>;
}

let connection: MessageConnection | undefined;
const published: Published[] = [];
const waiters: Array<() => void> = [];
/** Every request the server made of this client, in order, by method (the test checks the files were read through it). */
const asked: string[] = [];
let initializeResult: unknown;

/** Starts the server in a web worker and initializes it on the workspace; resolves with its initialize result. */
async function start(workspace: HarnessWorkspace): Promise<unknown> {
  const worker = new Worker('/dist/web/server.js');
  const errors: string[] = [];
  worker.onerror = (event) => errors.push(event.message);
  connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
  connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
    published.push(params);
    for (const wake of waiters.splice(0)) wake();
  });
  connection.onRequest((method, params) => {
    asked.push(method);
    if (method === READ_FILE_REQUEST) return readFile(workspace, (params as ReadFileParams).uri);
    if (method === LIST_DESIGNS_REQUEST) return workspace.designs.map((path) => workspace.root + path);
    if (method === 'workspace/configuration') return (params as { items: unknown[] }).items.map(() => null);
    return null;
  });
  connection.listen();
  initializeResult = await connection.sendRequest('initialize', {
    processId: null, rootUri: workspace.root, capabilities: {}, workspaceFolders: [{ uri: workspace.root, name: 'shop' }],
  });
  await connection.sendNotification('initialized', {});
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return initializeResult;
}

/** What VS Code's `workspace.fs.readFile` does for the server: the text, or null for a file that is not there. */
async function readFile(workspace: HarnessWorkspace, uri: string): Promise<{ text: string } | null> {
  if (!uri.startsWith(workspace.root)) return null;
  const response = await fetch(workspace.servedFrom + uri.slice(workspace.root.length));
  return response.ok ? { text: await response.text() } : null;
}

function live(): MessageConnection {
  if (!connection) throw new Error('start the server first');
  return connection;
}

async function open(uri: string, text: string, version = 1): Promise<void> {
  await live().sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sysd', version, text } });
}

/** The first diagnostics published for `uri` (at `version`, when given). */
function diagnostics(uri: string, version?: number): Promise<Published['diagnostics']> {
  return new Promise((resolve) => {
    const check = () => {
      const found = published.find((p) => p.uri === uri && (version === undefined || p.version === version));
      if (found) resolve(found.diagnostics);
      else waiters.push(check);
    };
    check();
  });
}

function request(method: string, params: unknown): Promise<unknown> {
  return live().sendRequest(method, params);
}

/** Lays out and draws the diagram in the layout web worker, as the preview does, and shows the SVG in the page. */
async function draw(diagram: Diagram): Promise<{ width: number; height: number; direction: string }> {
  const layout = new LayoutClient(webLayoutWorker(Promise.resolve('/dist/web/layoutWorker.js')));
  try {
    const rendered = await layout.render(diagram, { direction: 'right', theme: 'none', viewport: { width: 900, height: 600 } });
    const host = document.getElementById('diagram');
    if (!host) throw new Error('no #diagram in the page');
    host.innerHTML = rendered.svg;
    return { width: rendered.width, height: rendered.height, direction: rendered.direction };
  } finally {
    layout.dispose();
  }
}

Object.assign(window, { sysd: { start, open, diagnostics, request, draw, asked } });
