// Odd edits: change ranges beyond the end or negative, versions going backwards, and a burst of thousands of keystrokes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Diagnostic, DocumentSymbol, Range } from 'vscode-languageserver-protocol';
import { assertHealthy, SHOP, startServer, type AbusedServer } from './support';

let server: AbusedServer;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

let documents = 0;
const fresh = (name: string) => `file:///robustness/edits/${name}-${++documents}.sysd`;

function changeRange(uri: string, version: number, changes: Array<{ range?: Range; text: string }>): void {
  void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
}

const namesOf = async (uri: string) =>
  (await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).map((symbol) => symbol.name);

/** Diagnostics of `text` opened as a new document, without the URI (to compare two documents' findings). */
async function diagnosticsOfFresh(text: string): Promise<Array<Omit<Diagnostic, 'relatedInformation'>>> {
  const uri = fresh('reference');
  server.open(uri, text);
  const diagnostics = await server.diagnostics(uri, undefined, 60_000);
  server.close(uri);
  return strip(diagnostics);
}
const strip = (diagnostics: Diagnostic[]) => diagnostics.map(({ relatedInformation: _, ...rest }) => rest);

test('a change whose range lies beyond the end appends at the end; a negative range inserts at the start', async () => {
  const uri = fresh('beyond');
  server.open(uri, 'service api "API"\n', 1);
  await server.diagnostics(uri);
  changeRange(uri, 2, [{ range: { start: { line: 50, character: 3 }, end: { line: 90, character: 0 } }, text: 'database db "DB"\n' }]);
  changeRange(uri, 3, [{ range: { start: { line: 0, character: 500 }, end: { line: 0, character: 900 } }, text: ' { instances: 2 }' }]);
  changeRange(uri, 4, [{ range: { start: { line: -4, character: -2 }, end: { line: -1, character: -9 } }, text: 'cache hot "Hot"\n' }]);
  await server.diagnostics(uri, (params) => params.version === 4);
  assert.deepEqual(await namesOf(uri), ['hot', 'api', 'db']);
  // An end before the start, and an end far past the text: the text between is replaced as the editor library does.
  changeRange(uri, 5, [{ range: { start: { line: 1, character: 0 }, end: { line: 1_000_000, character: 1_000_000 } }, text: 'queue q "Q"\n' }]);
  await server.diagnostics(uri, (params) => params.version === 5);
  assert.deepEqual(await namesOf(uri), ['hot', 'q']);
  await assertHealthy(server);
});

test('versions going backwards: the newest text sent wins, whatever its number', async () => {
  const uri = fresh('backwards');
  server.open(uri, 'service alpha "Alpha"\n', 10);
  await server.diagnostics(uri);
  server.change(uri, 'service beta "Beta"\n', 5);
  await server.diagnostics(uri, (params) => params.version === 5);
  assert.deepEqual(await namesOf(uri), ['beta']);
  server.change(uri, 'service gamma "Gamma"\n', 5);
  server.change(uri, 'service delta "Delta"\n', -3);
  await server.diagnostics(uri, (params) => params.version === -3);
  assert.deepEqual(await namesOf(uri), ['delta']);
  // The cached analysis must not be reused for an equal version number with different text.
  server.change(uri, 'service epsilon "Epsilon"\n', 10);
  assert.deepEqual(await namesOf(uri), ['epsilon']);
  await assertHealthy(server);
});

test('opening a document twice, and changing or closing one never opened, leaves the server right', async () => {
  const uri = fresh('twice');
  server.open(uri, 'service one "One"\n', 1);
  server.open(uri, 'service two "Two"\n', 1);
  await server.diagnostics(uri);
  assert.deepEqual(await namesOf(uri), ['two']);
  const ghost = fresh('ghost');
  server.change(ghost, 'service ghost\n', 2);
  changeRange(ghost, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
  server.close(ghost);
  server.close(ghost);
  await assertHealthy(server);
});

test('a burst of 3,000 keystrokes (typing, deleting, newlines) ends with the diagnostics of the final text', async () => {
  const uri = fresh('burst');
  server.open(uri, '', 1);
  await server.diagnostics(uri);
  // Type the shop design one character at a time, with a typo typed and erased on every line.
  let text = '';
  let version = 1;
  let line = 0;
  let character = 0;
  const type = (inserted: string) => {
    changeRange(uri, ++version, [{ range: { start: { line, character }, end: { line, character } }, text: inserted }]);
    text += inserted;
    if (inserted === '\n') { line++; character = 0; } else character += inserted.length;
  };
  const erase = () => {
    changeRange(uri, ++version, [{ range: { start: { line, character: character - 1 }, end: { line, character } }, text: '' }]);
    text = text.slice(0, -1);
    character--;
  };
  for (const char of SHOP) {
    if (char === '\n') { type('#'); erase(); }
    type(char);
  }
  while (version < 3000) { type('/'); erase(); }
  assert.equal(text, SHOP);
  const final = await server.diagnostics(uri, (params) => params.version === version, 60_000);
  assert.deepEqual(strip(final), await diagnosticsOfFresh(SHOP));
  assert.ok(final.length > 0, 'the shop has a finding to compare');
  await assertHealthy(server);
});

test('a burst of 2,000 whole-document replacements with requests in between ends with the last text', async () => {
  const uri = fresh('replace');
  server.open(uri, SHOP, 1);
  const pending: Array<Promise<unknown>> = [];
  let last = '';
  for (let version = 2; version <= 2001; version++) {
    last = `${SHOP}\nservice extra${version} "Extra"\n`;
    server.change(uri, last, version);
    if (version % 50 === 0) pending.push(server.request('textDocument/semanticTokens/full', { textDocument: { uri } }));
  }
  await Promise.all(pending);
  const final = await server.diagnostics(uri, (params) => params.version === 2001, 60_000);
  assert.deepEqual(strip(final), await diagnosticsOfFresh(last));
  assert.ok((await namesOf(uri)).includes('extra2001'));
  await assertHealthy(server);
});
