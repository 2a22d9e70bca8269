// Full check against a peer's language services (issue 17): sysd's analysis (parse, resolve, schema, rules) against
// LikeC4 1.46 `LikeC4.fromSource` (Langium parse, link, validate) on the same generated graph, in one run, round-robin.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseText } from './designs';
import { isSmoke, median, summarize, type Row, type RunOptions } from './measure';
import { likec4Text, peerGraph, sysdText } from './peerGraph';
import { peerPackage, PEERS_DIR } from './peerInstall';

export const LIKEC4_CHECK_VERSION = '1.46.0';
/** Issue 17's target: sysd's full check at least 20× faster than LikeC4 1.46's. */
export const CHECK_TARGET = 20;

interface LikeC4Instance { getErrors(): unknown[]; dispose(): Promise<void> }
type LikeC4Module = { LikeC4: { fromSource(text: string, options: object): Promise<LikeC4Instance> } };

const now = () => Number(process.hrtime.bigint()) / 1e6;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function loadLikeC4(install: boolean): Promise<LikeC4Module | string> {
  // A folder of its own: PEERS_DIR holds the newer likec4 the drawing comparison (peers.ts) uses.
  const found = peerPackage('likec4', LIKEC4_CHECK_VERSION, install, join(PEERS_DIR, `likec4-${LIKEC4_CHECK_VERSION}`));
  if ('reason' in found) return found.reason;
  try {
    return (await import(pathToFileURL(found.entry).href)) as LikeC4Module;
  } catch (error) {
    return `likec4@${LIKEC4_CHECK_VERSION} does not load: ${(error as Error).message}`;
  }
}

async function likec4Check(module: LikeC4Module, text: string): Promise<number> {
  const t0 = now();
  const model = await module.LikeC4.fromSource(text, { printErrors: false, logger: false });
  const errors = model.getErrors().length;
  const ms = now() - t0;
  await model.dispose();
  if (errors > 0) throw new Error(`LikeC4 found ${errors} errors in the generated model`);
  return ms;
}

function sysdCheck(text: string): number {
  const t0 = now();
  const { model } = analyseText(text);
  const ms = now() - t0;
  if (model.diagnostics.length > 0) throw new Error(`sysd found ${model.diagnostics.length} errors in the generated design`);
  return ms;
}

export async function run(options: RunOptions = {}): Promise<Row[]> {
  const smoke = options.smoke ?? isSmoke();
  // The smoke run (npm test) stays fast and offline: sysd alone on a small graph, LikeC4 neither installed nor started.
  const likec4 = smoke ? 'smoke run: LikeC4 takes seconds to start (a full `npm run bench -- --only checkPeers` runs it)' : await loadLikeC4(true);
  const rows: Row[] = [];
  if (typeof likec4 === 'string') {
    console.error(`  checkPeers: LikeC4 skipped: ${likec4}`);
    rows.push({ name: `LikeC4 ${LIKEC4_CHECK_VERSION} skipped`, runs: 0, medianMs: Number.NaN, p90Ms: Number.NaN, note: likec4, figures: { skipped: likec4 } });
  }
  const rounds = smoke ? 1 : 5;
  for (const n of smoke ? [100] : [1000, 5000]) {
    const graph = peerGraph(n);
    const [sysd, c4] = [sysdText(graph), likec4Text(graph)];
    const times = { sysd: [] as number[], likec4: [] as number[] };
    // Round 0 warms both up (JIT, Langium's services) and is not counted.
    for (let round = smoke ? 1 : 0; round <= rounds; round++) {
      gc();
      const s = sysdCheck(sysd);
      gc();
      const l = typeof likec4 === 'string' ? undefined : await likec4Check(likec4, c4);
      if (round > 0) { times.sysd.push(s); if (l !== undefined) times.likec4.push(l); }
    }
    const range = (ms: number[]) => `min–max ${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)} ms`;
    rows.push(summarize(`full check ${n} components: sysd`, times.sysd, { metric: `check.${n}.sysd`, note: `analyze: parse, resolve, schema, rules; ${range(times.sysd)}`, figures: { n, peer: 'sysd', times: times.sysd } }));
    if (times.likec4.length > 0) {
      rows.push(summarize(`full check ${n} elements: LikeC4 ${LIKEC4_CHECK_VERSION}`, times.likec4, { metric: `check.${n}.likec4`, note: `LikeC4.fromSource + getErrors: parse, link, validate; ${range(times.likec4)}`, figures: { n, peer: 'likec4', times: times.likec4 } }));
      const ratio = median(times.likec4) / median(times.sysd);
      rows.push({ name: `full check ${n}: LikeC4 / sysd`, runs: 0, medianMs: Number.NaN, p90Ms: Number.NaN,
        note: `sysd ${ratio.toFixed(1)}× faster (target ≥ ${CHECK_TARGET}×: ${ratio >= CHECK_TARGET ? 'met' : 'not met'})`, figures: { n, ratio } });
    }
  }
  return rows;
}
