// `sysd impact`: --fail and --spof answers, their JSON against schemas/impact-result.schema.json, usage errors and exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { ROOT, sysd, workspace } from './cli-support';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/impact-result.schema.json'), 'utf8'));
const validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
const shortener = path.join(ROOT, 'tests/fixtures/impact/url-shortener.sysd');

function validJson(out: string): unknown {
  const data: unknown = JSON.parse(out);
  assert.ok(validator(data), JSON.stringify(validator.errors));
  return data;
}

test('--fail urls --format json: the answer of the spec example, valid against the schema', async () => {
  const run = await sysd(['impact', shortener, '--fail', 'urls', '--format', 'json']);
  assert.equal(run.code, 0, run.err);
  assert.deepEqual(validJson(run.out), { failed: ['urls'], clients: [{ client: 'web', unreachable: ['urls'] }], flows: [], stalled: [] });
});

test('--fail takes a comma list and a group, and may repeat', async () => {
  const run = await sysd(['impact', shortener, '--fail', 'data,lb', '--fail', 'analytics', '--format', 'json']);
  assert.equal(run.code, 0, run.err);
  const answer = validJson(run.out) as { failed: string[]; clients: Array<{ unreachable: string[] }>; stalled: unknown[] };
  assert.deepEqual(answer.failed, ['analytics', 'lb', 'url-cache', 'urls']);
  assert.deepEqual(answer.clients[0].unreachable, ['lb', 'redirector', 'shortener', 'url-cache', 'urls']);
  assert.deepEqual(answer.stalled, [{ component: 'clicks', reason: 'no consumer left' }]);
});

test('--fail text: a short report per client, and what stalls', async () => {
  const run = await sysd(['impact', shortener, '--fail', 'analytics']);
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /^URL Shortener: if analytics fails$/m);
  assert.match(run.out, /^ {2}web: still reaches everything it did$/m);
  assert.match(run.out, /^ {2}clicks: no consumer left$/m);
  assert.doesNotMatch(run.out, /\u001b\[/, 'no colour when not a terminal');
  const coloured = await sysd(['impact', shortener, '--fail', 'lb', '--color']);
  assert.match(coloured.out, /\u001b\[31mloses 5:\u001b\[0m lb, redirector, shortener, url-cache, urls$/m);
});

test('--spof lists the components that cut a client off, and externals apart', async () => {
  const dir = workspace({
    'd.sysd': 'client web\nloadbalancer lb { managed: true }\nservice api { instances: 2 }\ndatabase db\nexternal pay { sla: 99.9% }\nweb -> lb -> api -> db\napi -> pay\n',
  });
  const json = await sysd(['impact', 'd.sysd', '--spof', '--format', 'json'], dir);
  assert.deepEqual(validJson(json.out), { spof: [{ component: 'db', clients: ['web'] }], external: [{ component: 'pay', clients: ['web'], sla: 99.9 }] });
  const text = await sysd(['impact', 'd.sysd', '--spof'], dir);
  assert.match(text.out, /^ {2}db {2}cuts off web$/m);
  assert.match(text.out, /^ {2}pay \(sla 99\.9%\) {2}used by web$/m);
});

test('an unknown ID is a usage error naming the closest IDs', async () => {
  const run = await sysd(['impact', shortener, '--fail', 'url']);
  assert.equal(run.code, 2);
  assert.equal(run.out, '');
  assert.match(run.err, /unknown component or group 'url' in --fail\. The closest IDs: 'urls', 'geo', 'lb'/);
});

test('usage: neither or both of --fail and --spof, an empty --fail, a missing file', async () => {
  for (const args of [['impact', shortener], ['impact', shortener, '--spof', '--fail', 'lb'], ['impact', shortener, '--fail', ','], ['impact', '--spof']]) {
    const run = await sysd(args);
    assert.equal(run.code, 2, `${args.join(' ')}: ${run.err}`);
    assert.match(run.err, /^sysd impact: /);
  }
});

test('a design with errors still gets its answer, with exit code 1', async () => {
  const dir = workspace({ 'bad.sysd': 'client web\nservice api {\nweb -> api\n' });
  const run = await sysd(['impact', 'bad.sysd', '--fail', 'api', '--format', 'json'], dir);
  assert.equal(run.code, 1);
  assert.deepEqual((validJson(run.out) as { failed: string[] }).failed, ['api']);
  assert.match(run.err, /error/);
});

test('--help and the command list mention impact', async () => {
  const help = await sysd(['impact', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /--fail ID\[,ID…\]/);
  assert.match((await sysd(['--help'])).out, /impact FILE --fail/);
});
