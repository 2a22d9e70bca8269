// Many open designs sharing one file (issue 17): 100 designs import a 500-component file, all open in the bundled
// server over stdio; an edit in the shared file → every importer re-published; then closing them all → memory freed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDesign } from './generator';
import { isSmoke, summarize, type Row, type RunOptions } from './measure';
import { now, positionAt, Server, settle, SETTLE_MS } from './lspServer';

/** The shared file: a generated design without its header, so every importer can have its own. */
export function sharedText(components: number): string {
  return generateDesign(components).replace(/^design .*\n/, '');
}

/** An importer: its own header and service, calling into the shared file. */
export function importerText(i: number): string {
  return `import "./shared.sysd"\ndesign "Team ${i}" { description: "imports the shared platform" }\n\nservice team${i} "Team ${i} API" { instances: 2 }\nweb -> team${i} : "uses"\nteam${i} -> edge : "static assets"\n`;
}

export async function run(options: RunOptions = {}): Promise<Row[]> {
  const smoke = options.smoke ?? isSmoke();
  const [importers, components, edits] = smoke ? [5, 50, 2] : [100, 500, 10];
  const dir = mkdtempSync(join(tmpdir(), 'sysd-bench-many-'));
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
  const shared = uriOf('shared.sysd');
  let text = sharedText(components);
  writeFileSync(join(dir, 'shared.sysd'), text);
  const uris = Array.from({ length: importers }, (_, i) => uriOf(`team${i}.sysd`));
  uris.forEach((_, i) => writeFileSync(join(dir, `team${i}.sysd`), importerText(i)));

  const server = new Server();
  const rows: Row[] = [];
  const what = `${importers} designs importing a ${components}-component file`;
  try {
    await server.initialize();
    const before = server.memory();
    let start = now();
    let mark = server.mark();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: shared, languageId: 'sysd', version: 1, text } });
    for (const [i, uri] of uris.entries()) {
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sysd', version: 1, text: importerText(i) } });
    }
    await server.republished([shared, ...uris], mark);
    const openMs = now() - start;
    rows.push({ name: `open ${what} → all diagnostics`, runs: 1, medianMs: openMs, p90Ms: openMs, metric: 'many.open' });

    // Single-character edits in a label of the shared file: each waits until every importer is published again.
    const times: number[] = [];
    const label = text.indexOf('"Browser"') + 1;
    for (let version = 2; version <= edits + 1; version++) {
      const at = label + version - 2;
      const range = { start: positionAt(text, at), end: positionAt(text, at) };
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      mark = server.mark();
      start = now();
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: shared, version }, contentChanges: [{ range, text: 'x' }] });
      await server.republished(uris, mark);
      times.push(now() - start);
    }
    rows.push(summarize(`edit in the shared file → all ${importers} importers re-published`, times, { metric: 'many.republish', note: 'target ≤ 150 ms', figures: { importers, components } }));

    await settle();
    const open = server.memory();
    for (const uri of [shared, ...uris]) await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // A request answered after every close was handled.
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: shared } }).catch(() => undefined);
    await settle();
    const closed = server.memory();
    if (before && open && closed) {
      const note = `VmRSS after a ${SETTLE_MS} ms settle: ${before.rssMb.toFixed(0)} MB before opening, ${open.rssMb.toFixed(0)} MB open, ${closed.rssMb.toFixed(0)} MB after closing all (peak ${closed.peakMb.toFixed(0)} MB); figures in MB, not ms`;
      rows.push({ name: `server RSS with ${what} open (MB)`, runs: 1, medianMs: open.rssMb, p90Ms: open.rssMb, metric: 'many.rss.open', note, figures: { beforeMb: before.rssMb, openMb: open.rssMb, closedMb: closed.rssMb, peakMb: closed.peakMb } });
      rows.push({ name: `server RSS released by closing them all (MB)`, runs: 1, medianMs: open.rssMb - closed.rssMb, p90Ms: open.rssMb - closed.rssMb, metric: 'many.rss.released', note });
    }
    return rows;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
