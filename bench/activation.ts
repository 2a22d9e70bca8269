// Child process of the activation benchmark: require the packaged extension and activate it against a stubbed vscode.
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { vscodeStub } from './vscodeStub';

/** The minified extension and its server, laid out as in the .vsix (scripts/bench.mjs builds them). */
const extensionRoot = join(dirname(process.argv[1]), 'extension');

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
const original = loader._load;
let markRunning: () => void = () => undefined;
const running = new Promise<void>((resolve) => { markRunning = resolve; });
const vscode = vscodeStub(() => markRunning());
loader._load = (request, parent, isMain) => (request === 'vscode' ? vscode : original(request, parent, isMain));

const require = Module.createRequire(join(extensionRoot, 'package.json'));
const context = {
  subscriptions: [] as Array<{ dispose(): unknown }>,
  extensionPath: extensionRoot,
  extensionUri: (vscode.Uri as { file(path: string): unknown }).file(extensionRoot),
  asAbsolutePath: (path: string) => join(extensionRoot, path),
  globalState: { get: () => undefined, update: async () => undefined, keys: () => [] },
  workspaceState: { get: () => undefined, update: async () => undefined, keys: () => [] },
  extensionMode: 1,
};

const t0 = now();
const extension = require('./dist/client/extension.cjs') as { activate(c: unknown): Promise<void> | void; deactivate(): Promise<void> };
const t1 = now();
// What VS Code waits for: activate() and the promise it returns (older versions awaited the server start in it).
await extension.activate(context);
const t2 = now();
// The client registers its features once the server answered initialize: that is "running".
const timeout = setTimeout(() => { process.stderr.write('the language client did not start within 60 s\n'); process.exit(1); }, 60_000);
await running;
clearTimeout(timeout);
const t3 = now();
try {
  await extension.deactivate();
  for (const item of context.subscriptions) item.dispose();
} catch {
  // Stopping is not measured; a client that is still settling may refuse to stop, and the process ends anyway.
}
process.stdout.write(`${JSON.stringify({ requireMs: t1 - t0, activateMs: t2 - t1, runningMs: t3 - t1 })}\n`);
process.exit(0);
