// Peer comparison (issue 20, item 4): sysd against bare elkjs, D2 and LikeC4 on the same generated graph, in one run,
// round-robin so a burst of load on the shared machine hits every peer alike; medians of several rounds.
import { isSmoke, median, summarize, type Row, type RunOptions } from './measure';
import { PEER_TARGETS } from './peerTable';
import { peerInput, PEERS, type Peer, type Timed } from './peers';

const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function started(smoke: boolean): Promise<{ ready: Peer[]; skipped: Row[] }> {
  const ready: Peer[] = [];
  const skipped: Row[] = [];
  for (const peer of PEERS) {
    // The smoke run (npm test) stays fast and offline: no peer that takes seconds to start, none installed.
    const reason = smoke && peer.slowStart ? 'smoke run: it takes seconds to start (a full `npm run bench -- --only peers` runs it)' : await peer.start({ install: !smoke });
    if (reason === undefined) ready.push(peer);
    else {
      console.error(`  peers: ${peer.name} skipped: ${reason}`);
      skipped.push({ name: `${peer.name} skipped`, runs: 0, medianMs: Number.NaN, p90Ms: Number.NaN, note: reason, figures: { peer: peer.key, skipped: reason } });
    }
  }
  return { ready, skipped };
}

function ratioRow(n: number, rows: Row[]): Row {
  const of = (key: string) => rows.find((r) => r.figures?.peer === key)?.medianMs;
  const [sysd, elkjs, d2] = [of('sysd'), of('elkjs'), of('d2')];
  const ratios = { elkjs: sysd && elkjs ? sysd / elkjs : undefined, d2: sysd && d2 ? sysd / d2 : undefined };
  const shown = (r: number | undefined, target: number) => (r === undefined ? '—' : `${r.toFixed(2)}× (target ≤ ${target.toFixed(2)}: ${r <= target ? 'met' : 'not met'})`);
  return {
    name: `${n} components: ratios`, runs: 0, medianMs: Number.NaN, p90Ms: Number.NaN,
    note: `sysd / bare elkjs ${shown(ratios.elkjs, PEER_TARGETS.elkjs)}; sysd / D2 ${shown(ratios.d2, PEER_TARGETS.d2)}`,
    figures: { n, ratios },
  };
}

export async function run(options: RunOptions = {}): Promise<Row[]> {
  const smoke = options.smoke ?? isSmoke();
  const { ready, skipped } = await started(smoke);
  const rows: Row[] = [...skipped];
  const rounds = smoke ? 1 : 5;
  try {
    for (const n of smoke ? [20] : [50, 200]) {
      const input = peerInput(n);
      const times = new Map<Peer, Timed[]>(ready.map((p) => [p, []]));
      // Round 0 warms every peer up alike (JIT, wasm, worker start) and is not counted; the smoke run has one round only.
      for (let round = smoke ? 1 : 0; round <= rounds; round++) {
        for (const peer of ready) {
          gc();
          const timed = await peer.round(input);
          if (round > 0) times.get(peer)?.push(timed);
        }
      }
      const sized: Row[] = ready.map((peer) => {
        const runs = times.get(peer) ?? [];
        const parts = Object.fromEntries(Object.keys(runs[0]?.parts ?? {}).map((k) => [k, median(runs.map((t) => t.parts?.[k] ?? 0))]));
        const ms = runs.map((t) => t.ms);
        const note = `${peer.what}; min–max ${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)} ms`
          + (Object.keys(parts).length ? `; ${Object.entries(parts).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')} ms` : '');
        return summarize(`${n} components: ${peer.name}`, ms, { metric: `peers.${n}.${peer.key}`, note, figures: { n, peer: peer.key, what: peer.what, times: ms, parts } });
      });
      rows.push(...sized, ratioRow(n, sized));
    }
  } finally {
    for (const peer of ready) await peer.stop?.();
  }
  return rows;
}
