// Odd requests: positions out of range or negative, documents never opened or already closed, invalid renames, unknown methods.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Position, Range } from 'vscode-languageserver-protocol';
import { assertAnswered, assertHealthy, attempt, INVALID_REQUEST, METHOD_NOT_FOUND, positionOf, SHOP, startServer, type AbusedServer } from './support';

let server: AbusedServer;
const uri = 'file:///robustness/requests/shop.sysd';
before(async () => {
  server = await startServer();
  server.open(uri, SHOP);
  await server.diagnostics(uri);
});
after(async () => { await server.stop(); });

const BAD_POSITIONS: Position[] = [
  { line: -1, character: -1 },
  { line: 0, character: -7 },
  { line: -3, character: 4 },
  { line: 100_000, character: 0 },
  { line: 0, character: 100_000 },
  { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
  { line: Number.MAX_SAFE_INTEGER, character: Number.MAX_SAFE_INTEGER },
  { line: 1.5, character: 2.25 },
];

const options = { tabSize: 2, insertSpaces: true };

/** Every request the server offers that takes a position or a range, built for one document and one position. */
function requestsAt(document: string, position: Position): Array<[string, unknown]> {
  const textDocument = { uri: document };
  const range: Range = { start: position, end: position };
  const reversed: Range = { start: position, end: { line: 0, character: 0 } };
  return [
    ['textDocument/hover', { textDocument, position }],
    ['textDocument/completion', { textDocument, position }],
    ['textDocument/definition', { textDocument, position }],
    ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
    ['textDocument/documentHighlight', { textDocument, position }],
    ['textDocument/prepareRename', { textDocument, position }],
    ['textDocument/rename', { textDocument, position, newName: 'renamed' }],
    ['textDocument/semanticTokens/range', { textDocument, range }],
    ['textDocument/semanticTokens/range', { textDocument, range: reversed }],
    ['textDocument/selectionRange', { textDocument, positions: [position, { line: 0, character: 0 }] }],
    ['textDocument/inlayHint', { textDocument, range }],
    ['textDocument/inlayHint', { textDocument, range: reversed }],
    ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [{ range, message: 'x', code: 'orphan-component' }] } }],
    ['textDocument/codeAction', { textDocument, range: reversed, context: { diagnostics: [], only: ['source.fixAll.sysd'] } }],
    ['textDocument/rangeFormatting', { textDocument, range, options }],
    ['textDocument/rangeFormatting', { textDocument, range: reversed, options }],
    ['textDocument/onTypeFormatting', { textDocument, position, ch: '}', options }],
  ];
}

/** Requests that name only a document. */
function requestsOn(document: string): Array<[string, unknown]> {
  const textDocument = { uri: document };
  return [
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/codeLens', { textDocument }],
    ['textDocument/formatting', { textDocument, options }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/semanticTokens/full', { textDocument }],
    ['sysd/diagram', { uri: document }],
  ];
}

test('out-of-range, negative and fractional positions get an answer from every request, and the server stays right', async () => {
  for (const position of BAD_POSITIONS) {
    for (const [method, params] of requestsAt(uri, position)) {
      assertAnswered(await attempt(server, method, params), `${method} at ${JSON.stringify(position)}`);
    }
  }
  await assertHealthy(server);
});

test('a position past the end of a line clamps to it: hover at a huge character on the api line still finds nothing wrong', async () => {
  const line = positionOf(SHOP, 'service api').line;
  const answer = await attempt(server, 'textDocument/hover', { textDocument: { uri }, position: { line, character: 10_000 } });
  assertAnswered(answer, 'hover past the end of a line');
  await assertHealthy(server);
});

test('requests for a document never opened answer empty (or null) instead of failing', async () => {
  const never = 'file:///robustness/requests/never-opened.sysd';
  for (const [method, params] of [...requestsAt(never, { line: 0, character: 0 }), ...requestsOn(never)]) {
    const answer = await attempt(server, method, params);
    assertAnswered(answer, `${method} on a document never opened`);
  }
  await assertHealthy(server);
});

test('requests for a closed document answer without crashing, and its diagnostics are cleared', async () => {
  const closed = 'file:///robustness/requests/closed.sysd';
  server.open(closed, SHOP);
  await server.diagnostics(closed);
  server.close(closed);
  const cleared = await server.diagnostics(closed, (params) => params.diagnostics.length === 0);
  assert.deepEqual(cleared, []);
  for (const [method, params] of [...requestsAt(closed, positionOf(SHOP, 'service api', 9)), ...requestsOn(closed)]) {
    assertAnswered(await attempt(server, method, params), `${method} on a closed document`);
  }
  await assertHealthy(server);
});

test('malformed parameters (missing fields, wrong types, null) never crash a handler', async () => {
  const shapes: unknown[] = [
    null, {}, { textDocument: null }, { textDocument: { uri: 42 } }, { textDocument: { uri }, position: null },
    { textDocument: { uri }, position: { line: 'one', character: {} } }, { textDocument: { uri }, range: null }, [],
  ];
  const methods = [...new Set([...requestsAt(uri, { line: 0, character: 0 }), ...requestsOn(uri)].map(([method]) => method)), 'workspace/symbol'];
  for (const method of methods) {
    for (const params of shapes) {
      const answer = await attempt(server, method, params);
      assert.notEqual(answer.code, -32603, `${method} with ${JSON.stringify(params)} crashed a handler: ${answer.message}`);
    }
  }
  await assertHealthy(server);
});

test('rename to an invalid name is refused with a clear message and no edit', async () => {
  const position = positionOf(SHOP, 'service api', 9);
  // Kind names are valid IDs since language version 2: 'scale' stands for the reserved words.
  for (const newName of ['', ' ', '9lives', 'has space', 'a"b', 'web', '{', '\u0000', 'scale']) {
    const answer = await attempt(server, 'textDocument/rename', { textDocument: { uri }, position, newName });
    assert.equal(answer.result, undefined, `renaming to ${JSON.stringify(newName.slice(0, 20))} gives no edit`);
    assert.equal(answer.code, INVALID_REQUEST, `renaming to ${JSON.stringify(newName.slice(0, 20))}: ${answer.message}`);
    assert.ok(answer.message && answer.message.length > 10 && !/\n\s+at /.test(answer.message), `a one-line reason: ${answer.message}`);
  }
  await assertHealthy(server);
});

test('unknown methods get MethodNotFound and the server stays up; unknown notifications are ignored', async () => {
  for (const method of ['sysd/doesNotExist', 'textDocument/unknownThing', 'workspace/executeCommand/whatever', '']) {
    const answer = await attempt(server, method, { textDocument: { uri } });
    assert.equal(answer.code, METHOD_NOT_FOUND, `${method}: ${answer.message}`);
  }
  await server.connection.sendNotification('sysd/unknownNotification', { anything: [1, 2, 3] });
  await server.connection.sendNotification('$/unknownProtocolNotification', null);
  await assertHealthy(server);
});

test('workspace symbols for any query, including huge and odd ones, answer a list', async () => {
  for (const query of ['', 'a', 'API', '*', '.*(', '\u0000', '😀', 'x'.repeat(100_000)]) {
    const answer = await attempt(server, 'workspace/symbol', { query });
    assertAnswered(answer, `workspace/symbol '${query.slice(0, 10)}'`);
    assert.ok(Array.isArray(answer.result), 'a list of symbols');
  }
  await assertHealthy(server);
});
