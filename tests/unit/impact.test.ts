// Failure impact and single points of failure: tables of designs and what fails with them (rules.md "Impact").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { failureImpact, failureSet, singlePointsOfFailure, redundancyOf, type ImpactFlow } from '../../server/src/language/impact';
import { modelOfText, type DesignModel } from '../../server/src/language/model';

const shortener = readFileSync(new URL('../fixtures/impact/url-shortener.sysd', import.meta.url), 'utf8');

function fail(model: DesignModel, ids: string[], flows: ImpactFlow[] = []) {
  return failureImpact(model, failureSet(ids.map((id) => model.elements.get(id)!)), flows);
}

function unreachable(text: string, ids: string[]): Record<string, string[]> {
  const result = fail(modelOfText(text), ids);
  return Object.fromEntries(result.clients.map((c) => [c.client, c.unreachable]));
}

test('the spec example: urls down leaves web without urls only; analytics is behind a queue', () => {
  const model = modelOfText(shortener);
  assert.deepEqual(fail(model, ['urls']), {
    failed: ['urls'], clients: [{ client: 'web', unreachable: ['urls'] }], flows: [], stalled: [],
  });
});

const chains: Array<[string, string, string[], Record<string, string[]>]> = [
  ['a chain cut in the middle loses everything behind the cut, not what calls it',
    'client web\nservice a\nservice b\ndatabase d\nweb -> a -> b -> d', ['b'], { web: ['b', 'd'] }],
  ['fan-out: the other branch survives',
    'client web\nservice a\nservice b\nservice c\nweb -> a -> b, c', ['b'], { web: ['b'] }],
  ['a second route keeps the component reachable',
    'client web\nloadbalancer l1\nloadbalancer l2\nservice s\nweb -> l1, l2\nl1 -> s\nl2 -> s', ['l1'], { web: ['l1'] }],
  ['<-> is followed both ways',
    'client web\nservice chat\nservice presence\nweb -> chat\npresence <-> chat', ['chat'], { web: ['chat', 'presence'] }],
  ['a ~> stops the path: what only a queue reaches is not on it',
    'client web\nservice api\nqueue q\nworker w\nweb -> api ~> q ~> w', ['api'], { web: ['api'] }],
  ['a failed client loses its whole request path; other clients lose nothing',
    'client web\nclient app\nservice api\nweb -> api\napp -> api', ['web'], { app: [], web: ['api'] }],
  ['clients that lose nothing are listed with an empty list',
    'client web\nclient ops\nservice api\nservice admin\nweb -> api\nops -> admin', ['api'], { ops: [], web: ['api'] }],
  ['a group fails as a unit: every member, at any depth',
    'client web\nservice api\ngroup data {\n  database d\n  group inner { cache c }\n}\nweb -> api -> d\napi -> c', ['data'], { web: ['c', 'd'] }],
  ['a connection to a group reaches the members that are still up',
    'client web\ngroup pool {\n  service s1\n  service s2\n}\nweb -> pool', ['s1'], { web: ['s1'] }],
];

for (const [name, text, down, expected] of chains) {
  test(`unreachable: ${name}`, () => assert.deepEqual(unreachable(text, down), expected));
}

test('failed lists the components a group stands for, sorted by code point', () => {
  const model = modelOfText('group g {\n  service b\n  service B\n  service a\n}\nservice z');
  assert.deepEqual(fail(model, ['z', 'g']).failed, ['B', 'a', 'b', 'z']);
});

test('stalled: a queue whose consumers are all down, and what only stopped queues fed', () => {
  const text = [
    'client web', 'service api', 'queue jobs', 'worker w1', 'worker w2', 'topic done', 'worker mailer', 'worker audit', 'service reports',
    'web -> api ~> jobs', 'jobs ~> w1, w2', 'w1 ~> done', 'done ~> mailer', 'api ~> audit', 'reports -> audit',
  ].join('\n');
  const model = modelOfText(text);
  assert.deepEqual(fail(model, ['w1']).stalled, []);
  assert.deepEqual(fail(model, ['w1', 'w2']).stalled, [{ component: 'jobs', reason: 'no consumer left' }]);
  // `done` is fed only by w1 (down), but a topic stalls by losing its consumers, not its producers.
  assert.deepEqual(fail(model, ['mailer']).stalled, [{ component: 'done', reason: 'no consumer left' }]);
  const queued = modelOfText('queue q\nworker w\nqueue next\nworker last\nworker both\nservice s\nq ~> w\nq ~> next\nnext ~> last\nq ~> both\ns -> both');
  // With `q` down, what only q feeds stops, down the line through `next`; `both` also takes calls from `s`.
  assert.deepEqual(fail(queued, ['q']).stalled, [
    { component: 'last', reason: 'fed only by stopped queues' },
    { component: 'next', reason: 'fed only by stopped queues' },
    { component: 'w', reason: 'fed only by stopped queues' },
  ]);
});

test('flows: broken at the first step that touches a failed component, or a group all of whose members failed', () => {
  const model = modelOfText('client web\nservice api\ngroup pool {\n  service s1\n  service s2\n}\ndatabase db\nweb -> api -> pool\npool -> db');
  const step = (from: string, to: string) => ({ from: model.elements.get(from)!, to: model.elements.get(to)! });
  const flows: ImpactFlow[] = [
    { id: 'read', steps: [step('web', 'api'), step('api', 'pool'), step('pool', 'db')] },
    { id: 'ping', steps: [step('web', 'api')] },
  ];
  assert.deepEqual(fail(model, ['db'], flows).flows, [{ flow: 'ping', broken: false }, { flow: 'read', broken: true, step: 3 }]);
  assert.deepEqual(fail(model, ['s1'], flows).flows, [{ flow: 'ping', broken: false }, { flow: 'read', broken: false }]);
  assert.deepEqual(fail(model, ['s1', 's2'], flows).flows, [{ flow: 'ping', broken: false }, { flow: 'read', broken: true, step: 2 }]);
});

test('spof: every component on a client path that is not redundant by itself, with the clients it cuts off', () => {
  assert.deepEqual(singlePointsOfFailure(modelOfText(shortener)), {
    spof: [{ component: 'edge', clients: ['web'] }, { component: 'lb', clients: ['web'] }, { component: 'url-cache', clients: ['web'] }],
    external: [],
  });
});

test('spof: externals on a client path are listed apart, with their sla when given', () => {
  const model = modelOfText('client web\nclient app\nservice api { instances: 2 }\nexternal pay { sla: 99.95% }\nexternal mail\nweb -> api -> pay\napp -> api -> mail\nservice batch\nbatch -> mail');
  assert.deepEqual(singlePointsOfFailure(model), {
    spof: [],
    external: [{ component: 'mail', clients: ['app', 'web'] }, { component: 'pay', clients: ['app', 'web'], sla: 99.95 }],
  });
});

const redundancy: Array<[string, string | undefined]> = [
  ['service s { instances: 2 }', 'runs 2 instances'],
  ['service s { instances: 1 }', undefined],
  ['service s { autoscale: 2..10 }', 'autoscales from 2 instances'],
  ['service s { autoscale: 1..10 }', undefined],
  ['database s { replicas: 1 }', 'has 1 replica'],
  ['database s { replicas: 0 }', undefined],
  ['database s { multi_region: true }', 'runs in several regions (multi_region)'],
  ['loadbalancer s { managed: true }', 'is a managed service the provider runs redundantly'],
  ['loadbalancer s', undefined],
];

for (const [text, expected] of redundancy) {
  test(`redundant by itself: ${text} → ${expected ?? 'not redundant'}`, () => {
    const component = modelOfText(text).components[0];
    assert.equal(redundancyOf(component), expected);
  });
}
