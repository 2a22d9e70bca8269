// Rule storage-beyond-one-node: designs that fire it (severity, range, message), near misses, @allow, and maxNodeStorage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelOfText } from '../../../server/src/language/model';
import { checkRules } from '../../../server/src/language/rules';
import { parseConfigFile } from '../../../server/src/language/config';
import { DEFAULT_CONFIG } from '../../../server/src/language/schema';
import { DB_LINE, vary } from './designs';
import { ruleTester } from './tester';

const scale = (storage: string) => `\nscale {\n  ${storage}\n}\n`;
const withScale = (storage: string, replacements: Array<[string, string]> = []) =>
  vary([['design "Base"\n', `design "Base"\n${scale(storage)}`], ...replacements]);
const db = (extra: string) => DB_LINE.replace('backup: 1d', `backup: 1d, ${extra}`);

ruleTester('storage-beyond-one-node', {
  valid: [
    vary([]),
    withScale('storage: 10TB'),
    withScale('storage: 91TB', [[DB_LINE, db('sharding: hash, shard_key: id')]]),
    withScale('storage: 91TB', [[DB_LINE, db('shards: 4, shard_key: id')]]),
    withScale('storage: 91TB', [[DB_LINE, DB_LINE.replace('postgres', 'dynamodb')]]),
    // Read only: the data it serves does not grow with the design's.
    withScale('storage: 91TB', [['api -> db', 'api -> db { access: read }']]),
  ],
  invalid: [
    { design: withScale('storage: 91TB'), findings: [{ at: 'db', line: 9, severity: 'info', message: /The design stores 91 TB \(scale\.storage\), more than the 10 TB one node holds \(maxNodeStorage\), and database 'db' is written but not sharded/ }] },
    { design: withScale('storage_growth: 100GB/day\n  retention: 1y'), findings: [{ at: 'db', line: 10, severity: 'info', message: /stores growth .* × retention .* = 36\.5 TB/ }] },
    { design: withScale('storage: 91TB', [[DB_LINE, db('sharding: none')]]), findings: [{ at: 'db', line: 9, severity: 'info', message: /not sharded/ }] },
  ],
});

test('storage-beyond-one-node: maxNodeStorage moves the limit, and a bad one is a configuration error', () => {
  const model = modelOfText(withScale('storage: 91TB'));
  const fired = (maxNodeStorage: string) => checkRules(model, { ...DEFAULT_CONFIG, maxNodeStorage }).findings.filter((f) => f.code === 'storage-beyond-one-node');
  assert.equal(DEFAULT_CONFIG.maxNodeStorage, '10TB');
  assert.equal(fired('100TB').length, 0);
  assert.match(fired('50TB')[0].message, /more than the 50 TB one node holds/);
  const file = parseConfigFile('{ "maxNodeStorage": "20TB" }', 'file:///w/sysd.config.json');
  assert.deepEqual([file.config.maxNodeStorage, file.diagnostics], ['20TB', []]);
  const bad = parseConfigFile('{\n  "maxNodeStorage": "20 apples"\n}', 'file:///w/sysd.config.json');
  assert.equal(bad.diagnostics.length, 1);
  assert.deepEqual(bad.diagnostics[0].range.start, { line: 1, character: 2 });
  assert.match(bad.diagnostics[0].message, /'maxNodeStorage'.*data size/);
});
