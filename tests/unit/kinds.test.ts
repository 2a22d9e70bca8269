// The kind descriptors: one per kind, and the lists outside TypeScript (grammar, JSON schema) generated from them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { kindListSources, kindNames } from '../../scripts/kind-lists.mjs';
import { COMPONENT_KINDS } from '../../server/src/language/ast';
import { KINDS, kindsWith } from '../../server/src/language/kinds';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('the grammar\'s and the JSON schema\'s kind lists are current: npm run build regenerates them from the descriptors', () => {
  for (const [file, expected] of kindListSources(COMPONENT_KINDS)) {
    assert.equal(readFileSync(path.join(ROOT, file), 'utf8'), expected, `${file} is stale: run \`node scripts/kind-lists.mjs\``);
  }
});

test('a stale list is told apart: a kind missing from the descriptors changes both generated files', () => {
  const fewer = kindListSources(COMPONENT_KINDS.filter((kind) => kind !== 'search'));
  for (const [file, text] of fewer) assert.notEqual(readFileSync(path.join(ROOT, file), 'utf8'), text, file);
  const grammar = JSON.parse(fewer.find(([file]) => file.endsWith('.tmLanguage.json'))![1]);
  assert.doesNotMatch(grammar.repository.component.match, /\|search\|/);
});

test('the build reads the kinds from the descriptors themselves, in their order, each name once', async () => {
  assert.deepEqual(await kindNames(), KINDS.map((kind) => kind.name));
  assert.deepEqual(COMPONENT_KINDS, KINDS.map((kind) => kind.name));
  assert.equal(new Set(COMPONENT_KINDS).size, COMPONENT_KINDS.length);
});

test('the kinds with a trait are the sets the rules spell out today (client-bypasses-backend, missing-rate-limit, under-provisioned)', () => {
  assert.deepEqual(new Set(kindsWith('backend')), new Set(['database', 'cache', 'queue', 'topic', 'search', 'storage']));
  assert.deepEqual(new Set(kindsWith('entry')), new Set(['gateway', 'loadbalancer', 'service']));
  assert.deepEqual(new Set(kindsWith('relay')), new Set(['cdn', 'loadbalancer', 'gateway']));
  assert.ok(!kindsWith('backend').includes('worker'), 'a worker inherits service properties, not its traits');
});
