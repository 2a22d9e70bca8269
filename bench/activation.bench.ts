// Extension activation: require + activate() of the packaged extension in fresh node processes (vscode stubbed).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { isSmoke, summarize, type Row, type RunOptions } from './measure';

interface Activation { requireMs: number; activateMs: number; runningMs: number }

function activateOnce(): Activation {
  const child = spawnSync(process.execPath, [join(dirname(process.argv[1]), 'activation.mjs')], { encoding: 'utf8', timeout: 60_000 });
  if (child.status !== 0) throw new Error(`activation benchmark failed (exit ${child.status ?? child.signal}): ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as Activation;
}

export async function run(options: RunOptions = {}): Promise<Row[]> {
  const runs = (options.smoke ?? isSmoke()) ? 1 : 7;
  const samples = Array.from({ length: runs }, activateOnce);
  const note = "node only: excludes VS Code's extension host overhead";
  return [
    summarize('require extension.cjs', samples.map((s) => s.requireMs), { note }),
    summarize('require + activate() (what VS Code waits for)', samples.map((s) => s.requireMs + s.activateMs), { metric: 'activation.activate', note }),
    summarize('require + activate() until the client runs (server answered initialize)', samples.map((s) => s.requireMs + s.runningMs), { metric: 'activation.running', note }),
  ];
}
