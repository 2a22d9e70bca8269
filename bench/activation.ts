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
const vscode = vscodeStub();
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
const extension = require('./dist/client/extension.cjs') as { activate(c: unknown): Promise<void>; deactivate(): Promise<void> };
const t1 = now();
const activation = extension.activate(context);
const t2 = now();
await activation;
const t3 = now();
await extension.deactivate();
for (const item of context.subscriptions) item.dispose();
process.stdout.write(`${JSON.stringify({ requireMs: t1 - t0, activateReturnMs: t2 - t1, runningMs: t3 - t1 })}\n`);
process.exit(0);
