// `sysd render --view/--flow` and `sysd export --view`, `--format mermaid-sequence --flow`: what the user gets, and the usage errors.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLES, sysd, workspace } from './cli-support';
import { mermaidParser } from './mermaid-support';

let parseMermaid: (text: string) => Promise<unknown>;
before(async () => { parseMermaid = await mermaidParser(); });

const SHORTENER = path.join(EXAMPLES, 'url-shortener.sysd');

const SMALL = `design "Small"
client web "Web <app>"
service api "API"
service admin
database db "DB"
web -> api : "GET \\"/x\\" & more"
api -> db
admin -> db
view core "Core" { include: [api, db], direction: down }
view core-2 { include: [admin] }
flow read "Read <path>" {
  web -> api
  api -> db : "SELECT"
}
`;

test('render --view draws only what the view shows', async () => {
  const dir = workspace({ 'small.sysd': SMALL });
  const run = await sysd(['render', 'small.sysd', '--view', 'core'], dir);
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /data-id="api"/);
  assert.match(run.out, /data-id="db"/);
  assert.doesNotMatch(run.out, /data-id="web"|data-id="admin"/);
  assert.match(run.out, /<title>Small — Core<\/title>/);
});

test('render --flow draws the whole design with the numbered steps, the rest dimmed', async () => {
  const dir = workspace({ 'small.sysd': SMALL });
  const run = await sysd(['render', 'small.sysd', '--flow', 'read'], dir);
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /data-step="read#1" data-step-index="1"/);
  assert.match(run.out, /data-step="read#2" data-step-index="2"><title>2\. SELECT<\/title>/);
  assert.match(run.out, /class="node kind-service dimmed" data-id="admin"/);
  assert.match(run.out, /Small — Read &lt;path&gt;/);
});

test('an unknown view or flow is a usage error naming the ones there are and the closest', async () => {
  const dir = workspace({ 'small.sysd': SMALL });
  const view = await sysd(['render', 'small.sysd', '--view', 'cor'], dir);
  assert.equal(view.code, 2);
  assert.equal(view.out, '');
  assert.match(view.err, /no view 'cor' in the design; its views are core, core-2\. Did you mean 'core'\?/);
  const flow = await sysd(['export', 'small.sysd', '--format', 'mermaid-sequence', '--flow', 'reed'], dir);
  assert.equal(flow.code, 2);
  assert.match(flow.err, /no flow 'reed' in the design; its flows are read\. Did you mean 'read'\?/);
  const none = await sysd(['render', 'small.sysd', '--flow', 'x'], workspace({ 'small.sysd': 'service a\n' }));
  assert.match(none.err, /no flow 'x': the design has no flows\./);
});

test('export flags that do not go together are usage errors', async () => {
  const dir = workspace({ 'small.sysd': SMALL });
  assert.match((await sysd(['export', 'small.sysd', '--format', 'mermaid-sequence'], dir)).err, /give --flow ID/);
  assert.match((await sysd(['export', 'small.sysd', '--format', 'json', '--view', 'core'], dir)).err, /--view goes with --format mermaid or d2/);
  assert.match((await sysd(['export', 'small.sysd', '--format', 'mermaid', '--flow', 'read'], dir)).err, /--flow goes with --format mermaid-sequence/);
  assert.match((await sysd(['render', 'small.sysd', '--view', 'core', '--flow', 'read'], dir)).err, /give one --view or one --flow/);
});

test('export --view writes only the view in mermaid and d2', async () => {
  const dir = workspace({ 'small.sysd': SMALL });
  const mermaid = await sysd(['export', 'small.sysd', '--format', 'mermaid', '--view', 'core'], dir);
  assert.equal(mermaid.code, 0, mermaid.err);
  assert.match(mermaid.out, /api\["API"\]/);
  assert.match(mermaid.out, /api --> db/);
  assert.doesNotMatch(mermaid.out, /web|admin/);
  await parseMermaid(mermaid.out);
  const d2 = await sysd(['export', 'small.sysd', '--format', 'd2', '--view', 'core'], dir);
  assert.equal(d2.out, 'direction: right\n\napi: "API" { shape: rectangle }\ndb: "DB" { shape: cylinder }\n\napi -> db\n'.replace('direction', '# Small\ndirection'));
});

test('export --format mermaid-sequence writes the flow, labels escaped, the connection\'s label when the step has none', async () => {
  const dir = workspace({ 'small.sysd': SMALL });
  const run = await sysd(['export', 'small.sysd', '--format', 'mermaid-sequence', '--flow', 'read'], dir);
  assert.equal(run.code, 0, run.err);
  assert.equal(run.out, [
    'sequenceDiagram',
    '  participant web as Web #lt;app#gt;',
    '  participant api as API',
    '  participant db as DB',
    '  web->>api: GET #quot;/x#quot; #amp; more',
    '  api->>db: SELECT',
    '',
  ].join('\n'));
  await parseMermaid(run.out);
});

test("every example's flows export as sequence diagrams mermaid's own parser reads, and every view renders", async () => {
  let flows = 0;
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.sysd'))) {
    const json = await sysd(['export', path.join(EXAMPLES, file), '--format', 'json']);
    const model = JSON.parse(json.out) as { views: Array<{ id: string }>; flows: Array<{ id: string; steps: Array<{ connection: number | null }> }> };
    assert.ok(model.views.length >= 1 && model.flows.length >= 1, `${file} has a view and a flow`);
    for (const flow of model.flows) {
      assert.ok(flow.steps.every((step) => step.connection !== null), `${file}: every step of ${flow.id} uses a declared connection`);
      const run = await sysd(['export', path.join(EXAMPLES, file), '--format', 'mermaid-sequence', '--flow', flow.id]);
      assert.equal(run.code, 0, run.err);
      await parseMermaid(run.out);
      flows++;
    }
    for (const view of model.views) {
      const run = await sysd(['render', path.join(EXAMPLES, file), '--view', view.id]);
      assert.equal(run.code, 0, run.err);
      assert.match(run.out, /^<svg/);
    }
  }
  assert.ok(flows >= 4);
});

test('the JSON export lists views with what they show and flows with their steps', async () => {
  const run = await sysd(['export', SHORTENER, '--format', 'json']);
  const model = JSON.parse(run.out);
  const readPath = model.views.find((v: { id: string }) => v.id === 'read-path');
  assert.deepEqual(readPath.shows.groups, ['backend', 'app', 'data']);
  assert.equal(readPath.direction, 'right');
  const redirect = model.flows.find((f: { id: string }) => f.id === 'redirect');
  assert.equal(redirect.latencyBudget, 0.1);
  assert.deepEqual(redirect.steps[3], { ...redirect.steps[3], index: 4, from: 'redirector', to: 'url-cache', kind: 'sync', arrow: '->', latency: 0.001 });
  assert.deepEqual(model.connections[redirect.steps[4].connection], { ...model.connections[redirect.steps[4].connection], from: 'redirector', to: 'clicks', kind: 'async' });
});
