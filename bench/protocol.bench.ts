// End-to-end latency over LSP: the bundled server over stdio, keystroke → diagnostics, hover/completion/definition, RSS.
import { generateDesign } from './generator';
import { now, positionAt, Server, settle, SETTLE_MS, type Position } from './lspServer';
import { isSmoke, summarize, type Row, type RunOptions } from './measure';

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

/**
 * Keystrokes into an open document, each waiting for its own diagnostics before the next, as a typist slower than
 * the server would see: the median and p95 of all of them, the server's CPU per key, and each kind of edit alone.
 */
async function typeInto(server: Server, uri: string, text: string, n: number, count: number): Promise<{ rows: Row[]; text: string }> {
  const rows: Row[] = [];
  let doc = text;
  let version = 1;
  const times: Record<string, number[]> = {};
  const cpuBefore = server.cpuMs();
  for (const edit of keystrokes(text, count)) {
    const range = { start: positionAt(doc, edit.offset), end: positionAt(doc, edit.offset + edit.remove) };
    doc = doc.slice(0, edit.offset) + edit.insert + doc.slice(edit.offset + edit.remove);
    version++;
    const start = now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: edit.insert }] });
    await server.diagnostics(uri, version);
    (times[edit.note] ??= []).push(now() - start);
  }
  const cpuAfter = server.cpuMs();
  const all = Object.values(times).flat();
  const metric = n === 1000 ? 'protocol.keystroke' : `protocol.keystroke.${n}`;
  rows.push(summarize(`keystroke → diagnostics, ${n} components (all ${all.length} edits)`, all, { metric, coldMs: undefined, note: 'median and p95 over single-character edits' }));
  if (cpuBefore !== undefined && cpuAfter !== undefined) {
    // The server's own CPU per keystroke: close to the wall time on an idle machine, far below it on a busy one.
    const mean = (cpuAfter - cpuBefore) / all.length;
    rows.push({ name: `server CPU per keystroke, ${n} components (mean of ${all.length})`, runs: all.length, medianMs: mean, p90Ms: mean, metric: `${metric}.cpu`, note: 'mean from /proc, 10 ms ticks' });
  }
  for (const [note, values] of Object.entries(times)) rows.push(summarize(`keystroke → diagnostics, ${n} components (${note})`, values));
  return { rows, text: doc };
}

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

    const typed = await typeInto(server, uri, text, n, smoke ? 5 : 50);
    rows.push(...typed.rows);
    const doc = typed.text;

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

  // The 10,000-component design takes a second per open and a few hundred ms per key: left out of the smoke run.
  if (!smoke) rows.push(...(await bigDesign(10000, 30)));
  return rows;
}

/**
 * A fresh server opens an N-component design: how long until diagnostics, how much memory it then holds, and
 * keystrokes into it (median and p95).
 */
async function bigDesign(n: number, keys: number): Promise<Row[]> {
  const server = new Server();
  const uri = 'file:///bench/big.sysd';
  try {
    await server.initialize();
    const text = generateDesign(n);
    const start = now();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sysd', version: 1, text } });
    await server.diagnostics(uri, 1);
    const openMs = now() - start;
    // Let the collector settle (the server cannot be told to collect), then read the resident size and the peak.
    await settle();
    const memory = server.memory();
    const rows: Row[] = [{ name: `didOpen ${n} components → diagnostics`, runs: 1, medianMs: openMs, p90Ms: openMs, metric: 'protocol.open10k' }];
    if (memory) {
      const note = `VmRSS after a ${SETTLE_MS} ms settle; peak (VmHWM) ${memory.peakMb.toFixed(0)} MB; figures in MB, not ms`;
      rows.push({ name: `server RSS after opening ${n} components (MB)`, runs: 1, medianMs: memory.rssMb, p90Ms: memory.rssMb, metric: 'protocol.rss10k', note });
    }
    rows.push(...(await typeInto(server, uri, text, n, keys)).rows);
    return rows;
  } finally {
    await server.stop();
  }
}
