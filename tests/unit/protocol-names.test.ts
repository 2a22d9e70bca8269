// The custom request names live in server/src/protocol/requests.ts alone: no other source file spells one out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REQUEST_NAMES } from '../../server/src/protocol/requests';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PROTOCOL = 'server/src/protocol/requests.ts';

function sources(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')));
}

/** The code of a file without its comments (a comment may name a request; only code must not). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

test('every custom request name is written only in the protocol module', () => {
  const files = [...sources('client/src'), ...sources('server/src')].filter((file) => file !== PROTOCOL);
  assert.ok(files.length > 50, `found the sources (${files.length})`);
  const found: string[] = [];
  for (const file of files) {
    const text = code(readFileSync(path.join(root, file), 'utf8'));
    // Any literal naming a `sysd/…` method, one of today's or a new one declared in place.
    for (const match of text.matchAll(/['"`](sysd\/[A-Za-z]+)/g)) found.push(`${file}: ${match[1]}`);
    for (const name of REQUEST_NAMES) if (text.includes(name)) found.push(`${file}: ${name}`);
  }
  assert.deepEqual(found, [], 'import the name (and its params and result types) from server/src/protocol/requests.ts');
});

test('the protocol module names each request once, every name under sysd/', () => {
  assert.equal(new Set(REQUEST_NAMES).size, REQUEST_NAMES.length);
  for (const name of REQUEST_NAMES) assert.match(name, /^sysd\/[A-Za-z]+$/);
  const text = readFileSync(path.join(root, PROTOCOL), 'utf8');
  // Plain data: the webview and browser bundles import it, so it must not pull in node, vscode or the LSP libraries.
  assert.deepEqual([...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]).filter((from) => !from.startsWith('../diagram/')), []);
});
