// Views and flows on the resolved model: what a view shows, which connection a step uses, what a flow costs, its sequence diagram.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArrowKind, ComponentKind } from '../../server/src/language/ast';
import { modelOfText, type DesignModel, type Element } from '../../server/src/language/model';
import { viewContent, type ViewQuery } from '../../server/src/language/views';
import { connectionsFrom, flowCost, matchStep, type StepQuery } from '../../server/src/language/flows';
import { exportSequence } from '../../server/src/cli/exportSequence';
import { mermaidParser } from './mermaid-support';

let parseMermaid: (text: string) => Promise<unknown>;
before(async () => { parseMermaid = await mermaidParser(); });

const DESIGN = `client web
cdn edge
loadbalancer lb
service api { tags: [core] }
service admin { tags: [ops, core] }
group data {
  cache hot
  group deep {
    database db
  }
}
queue q
worker w
web -> edge -> lb -> api
lb -> admin
api -> hot
api -> db
api ~> q ~> w
`;

function query(model: DesignModel, spec: { include?: string[]; kinds?: ComponentKind[]; tags?: string[]; around?: string; depth?: number; exclude?: string[] }): ViewQuery {
  const el = (id: string) => model.elements.get(id)!;
  return {
    include: (spec.include ?? []).map(el), kinds: spec.kinds ?? [], tags: spec.tags ?? [],
    ...(spec.around ? { around: el(spec.around) } : {}), depth: spec.depth ?? 1, exclude: (spec.exclude ?? []).map(el),
  };
}

function shown(spec: Parameters<typeof query>[1]): { components: string[]; groups: string[] } {
  const model = modelOfText(DESIGN);
  const content = viewContent(model, query(model, spec));
  return { components: [...content.components].map((c) => c.id).sort(), groups: [...content.groups].map((g) => g.id).sort() };
}

const views: Array<[string, Parameters<typeof query>[1], string[], string[]]> = [
  ['nothing selected shows everything', {}, ['admin', 'api', 'db', 'edge', 'hot', 'lb', 'q', 'w', 'web'], ['data', 'deep']],
  ['an included group brings its members at any depth', { include: ['data'] }, ['db', 'hot'], ['data', 'deep']],
  ['kinds', { kinds: ['cache', 'queue'] }, ['hot', 'q'], ['data']],
  ['tags', { tags: ['ops'] }, ['admin'], []],
  ['around, depth 1, both directions and every arrow', { around: 'api' }, ['api', 'db', 'hot', 'lb', 'q'], ['data', 'deep']],
  ['around, depth 0 is the start alone', { around: 'api', depth: 0 }, ['api'], []],
  ['around a group starts from all its members', { around: 'data', depth: 1 }, ['api', 'db', 'hot'], ['data', 'deep']],
  ['the union of selections, minus exclude (a group removes all its members)', { include: ['web', 'edge'], kinds: ['service'], around: 'api', exclude: ['data', 'admin'] }, ['api', 'edge', 'lb', 'q', 'web'], []],
  ['excluding everything leaves an empty view', { include: ['api'], exclude: ['api'] }, [], []],
];

for (const [name, spec, components, groups] of views) {
  test(`view: ${name}`, () => assert.deepEqual(shown(spec), { components, groups }));
}

const STEPS = `client web
service api
group pool {
  service s1
  group inner { service s2 }
}
database db { availability: 99.9% }
external pay { sla: 99.5% }
topic events
web -> api { latency: 20ms }
api -> pool
s2 -> db { latency: 5ms }
api <-> db
api -> pay { latency: 200ms }
api ~> events
db -> api { periodic: 2m }
`;

function step(model: DesignModel, from: string, arrow: ArrowKind, to: string, latency?: number): StepQuery {
  return { from: model.elements.get(from)! as Element, to: model.elements.get(to)! as Element, arrow, ...(latency === undefined ? {} : { latency }) };
}

function used(model: DesignModel, s: StepQuery): string | undefined {
  const connection = matchStep(model, s);
  return connection && `${connection.from.id} ${connection.kind} ${connection.to.id}`;
}

test('a step matches a connection by arrow and ends, through groups either way, the first declared winning', () => {
  const model = modelOfText(STEPS);
  assert.equal(used(model, step(model, 'web', 'sync', 'api')), 'web sync api');
  assert.equal(used(model, step(model, 'api', 'sync', 'web')), undefined, '-> has a direction');
  assert.equal(used(model, step(model, 'api', 'sync', 's2')), 'api sync pool', 'a member of the group the connection ends at');
  assert.equal(used(model, step(model, 'pool', 'sync', 'db')), 's2 sync db', 'a group holding the connection\'s end');
  assert.equal(used(model, step(model, 'api', 'sync', 'db')), 'api duplex db', '-> matches <-> in either direction');
  assert.equal(used(model, step(model, 'db', 'sync', 'api')), 'api duplex db', 'the <-> is declared before the periodic ->');
  assert.equal(used(model, step(model, 'db', 'duplex', 'api')), 'api duplex db');
  assert.equal(used(model, step(model, 'api', 'async', 'events')), 'api async events');
  assert.equal(used(model, step(model, 'api', 'sync', 'events')), undefined, '-> does not match ~>');
  assert.equal(used(model, step(model, 'web', 'async', 'api')), undefined, '~> does not match ->');
});

test('a periodic connection can match a step', () => {
  const model = modelOfText('service a\nservice b\na -> b { periodic: 2m }');
  assert.equal(used(model, step(model, 'a', 'sync', 'b')), 'a sync b');
});

test('the connections a step source does have, in declaration order, for suggestions', () => {
  const model = modelOfText(STEPS);
  assert.deepEqual(connectionsFrom(model, model.elements.get('api')!).map((c) => `${c.from.id}->${c.to.id}`), ['api->pool', 'api->db', 'api->pay', 'api->events']);
  assert.deepEqual(connectionsFrom(model, model.elements.get('s2')!).map((c) => `${c.from.id}->${c.to.id}`), ['s2->db']);
});

test('what a flow costs: latency of -> and <-> steps (the step\'s own first), availability of each distinct component once', () => {
  const model = modelOfText(STEPS);
  const steps = [step(model, 'web', 'sync', 'api'), step(model, 'api', 'sync', 'pay', 0.15), step(model, 'api', 'async', 'events'),
    step(model, 'api', 'sync', 'db'), step(model, 'pool', 'sync', 'db')].map((query) => ({ query, connection: matchStep(model, query) }));
  const cost = flowCost(steps);
  assert.deepEqual(cost.latency?.terms, [
    { step: 1, seconds: 0.02, source: 'connection' },
    { step: 2, seconds: 0.15, source: 'step' },
    { step: 5, seconds: 0.005, source: 'connection' },
  ]);
  assert.ok(Math.abs(cost.latency!.seconds - 0.175) < 1e-12);
  assert.deepEqual(cost.availability?.terms.map((t) => [t.component.id, t.percent]), [['pay', 99.5], ['db', 99.9]]);
  assert.ok(Math.abs(cost.availability!.percent - 99.4005) < 1e-9);
  assert.deepEqual(flowCost([{ query: step(model, 'api', 'async', 'events') }]), {}, 'nothing to count: no figures');
});

test('mermaid-sequence: participants in order of first appearance, aliases without hyphens, one message per step', async () => {
  const model = modelOfText('client web "Browser"\nservice url-api "URL \\"API\\" <v2> & #1"\nservice url_api\nqueue clicks\nweb -> url-api -> url_api\nurl-api ~> clicks\nurl_api <-> web');
  const el = (id: string) => model.elements.get(id)!;
  const text = exportSequence([
    { from: el('web'), to: el('url-api'), arrow: 'sync', label: 'GET /abc' },
    { from: el('url-api'), to: el('url_api'), arrow: 'sync' },
    { from: el('url-api'), to: el('clicks'), arrow: 'async', label: 'click' },
    { from: el('url_api'), to: el('web'), arrow: 'duplex', label: 'push' },
  ]);
  assert.equal(text, [
    'sequenceDiagram',
    '  participant web as Browser',
    '  participant url_api as URL #quot;API#quot; #lt;v2#gt; #amp; #35;1',
    '  participant url_api_2 as url_api',
    '  participant clicks as clicks',
    '  web->>url_api: GET /abc',
    '  url_api->>url_api_2:',
    '  url_api-)clicks: click',
    '  url_api_2<<->>web: push',
    '',
  ].join('\n'));
  const parsed = await parseMermaid(text) as { diagramType?: string };
  assert.equal(parsed.diagramType, 'sequence');
});
