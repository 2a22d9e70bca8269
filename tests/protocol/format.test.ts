// Formatting over --stdio: whole document, a range, on-type after '}', and no edits for a file with a syntax error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './lsp-client';

let client: TestClient;
before(async () => { client = await startClient(null); });
after(async () => { await client.stop(); });

const options = { tabSize: 4, insertSpaces: true };

/** Applies LSP edits to a text (edits do not overlap; applied last first). */
function apply(text: string, edits: TextEdit[]): string {
  const offset = (p: { line: number; character: number }) => {
    const lines = text.split('\n');
    return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  };
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((out, e) => out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end)), text);
}

async function opened(name: string, text: string): Promise<string> {
  const uri = `file:///virtual/${name}`;
  client.open(uri, text);
  await client.diagnostics(uri);
  return uri;
}

test('document formatting returns one minimal edit that yields the canonical text', async () => {
  const text = 'service api{instances:3}\n\n\n\napi->db // call\ndatabase   db\n';
  const uri = await opened('doc.sysd', text);
  const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options });
  assert.equal(edits.length, 1);
  assert.equal(apply(text, edits), 'service api { instances: 3 }\n\napi -> db // call\ndatabase db\n');
  assert.deepEqual(edits[0].range.start, { line: 0, character: 11 }, 'the unchanged prefix is not rewritten');
});

test('an already formatted document gets no edits', async () => {
  const uri = await opened('clean.sysd', 'service api { instances: 3 }\n');
  assert.deepEqual(await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options }), []);
});

test('a document with a syntax error is not formatted', async () => {
  const uri = await opened('broken.sysd', 'service   api { instances: 3\nservice b\n');
  assert.deepEqual(await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options }), []);
});

test('range formatting touches only the statements in the range', async () => {
  const text = 'service a{x:1}\nservice   b\nservice c{y:2}\n';
  const uri = await opened('range.sysd', text);
  const edits = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
    textDocument: { uri }, options, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } },
  });
  assert.equal(apply(text, edits), 'service a{x:1}\nservice b\nservice c{y:2}\n');
});

test('typing } formats the statement it closes', async () => {
  const text = 'service a{x:1}\ngroup g {\nservice   b {timeout:1s}\n}\n';
  const uri = await opened('ontype.sysd', text);
  const edits = await client.request<TextEdit[]>('textDocument/onTypeFormatting', {
    textDocument: { uri }, options, ch: '}', position: { line: 3, character: 1 },
  });
  assert.equal(apply(text, edits), 'service a{x:1}\ngroup g {\n  service b { timeout: 1s }\n}\n');
});
