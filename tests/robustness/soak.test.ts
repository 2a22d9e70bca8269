// Soak: thousands of open → edit → request → close cycles; the server's resident memory must return to a plateau.
// SYSD_SOAK_CYCLES sets the number of cycles (default 1,500, about half a minute here; the closing note used more).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertHealthy, positionOf, rssKb, SHOP, startServer, type AbusedServer } from './support';

let server: AbusedServer;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

const CYCLES = Math.max(300, Number(process.env.SYSD_SOAK_CYCLES) || 1500);
/** Documents worked on at once in a round (the editor has a few open; the rounds keep both cores busy). */
const PARALLEL = 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function cycle(n: number): Promise<void> {
  // A new URI every cycle, so anything kept per document (analyses, timers, parse caches) would pile up.
  const uri = `file:///robustness/soak/design-${n}.sysd`;
  const textDocument = { uri };
  server.open(uri, SHOP, 1);
  const position = positionOf(SHOP, 'service api', 9);
  void server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: position.line, character: 0 }, end: { line: position.line, character: 0 } }, text: `// edit ${n}\n` }],
  });
  server.change(uri, `${SHOP}\nservice extra${n} "Extra ${n}"\napi -> extra${n}\n`, 3);
  await Promise.all([
    server.request('textDocument/semanticTokens/full', { textDocument }),
    server.request('textDocument/hover', { textDocument, position }),
    server.request('textDocument/completion', { textDocument, position: { line: position.line + 1, character: 0 } }),
    server.request('sysd/diagram', { uri }),
    server.request('textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [], only: ['source.fixAll.sysd'] } }),
    server.diagnostics(uri, (params) => params.version === 3, 60_000),
  ]);
  server.close(uri);
  await server.diagnostics(uri, (params) => params.version === undefined && params.diagnostics.length === 0, 60_000);
}

test(`soak: ${CYCLES} open/edit/request/close cycles, memory returns to its plateau`, async () => {
  const pid = server.process.pid;
  assert.ok(pid);
  const samples: Array<{ cycles: number; rss: number }> = [{ cycles: 0, rss: rssKb(pid) }];
  const started = performance.now();
  for (let done = 0; done < CYCLES; done += PARALLEL) {
    await Promise.all(Array.from({ length: PARALLEL }, (_, i) => cycle(done + i)));
    samples.push({ cycles: done + PARALLEL, rss: rssKb(pid) });
  }
  const seconds = (performance.now() - started) / 1000;
  // Compare the middle and the last third: the first third includes warm-up (JIT, caches, heap growth to its working size).
  const third = (k: number) => samples.filter((s) => s.cycles > (CYCLES * k) / 3 && s.cycles <= (CYCLES * (k + 1)) / 3).map((s) => s.rss);
  const [first, middle, last] = [third(0), third(1), third(2)].map(median);
  const peak = Math.max(...samples.map((s) => s.rss));
  const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
  console.log(`soak: ${CYCLES} cycles in ${seconds.toFixed(1)} s; RSS at start ${mb(samples[0].rss)}, median per third ${mb(first)} / ${mb(middle)} / ${mb(last)}, peak ${mb(peak)}`);
  // Keeping one small analysis per cycle (~200 kB) would add ~100 MB between the middle and the last third of the
  // default run; the bound leaves room for the garbage collector's timing (the heap floats by tens of MB between
  // collections). Measured here: 6,000 cycles gave medians of 180 / 183 / 188 MB per third.
  assert.ok(last <= middle * 1.1 + 24 * 1024, `RSS keeps growing: ${mb(middle)} in the middle third, ${mb(last)} in the last`);
  await assertHealthy(server);
});
