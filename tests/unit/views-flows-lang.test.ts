// Views and flows in the language: parsing and recovery, the model, the checks, and the editor features over them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completionsAt } from '../../server/src/language/completion';
import { schemaFixes } from '../../server/src/language/fixes/schema';
import { foldingRanges } from '../../server/src/language/folding';
import { formatText } from '../../server/src/language/format';
import { hoverAt } from '../../server/src/language/hover';
import { modelOfText } from '../../server/src/language/model';
import { definition, references } from '../../server/src/language/navigation';
import { parse } from '../../server/src/language/parser';
import { rename } from '../../server/src/language/rename';
import { semanticTokens } from '../../server/src/language/semanticTokens';
import { applyEdits } from '../../server/src/language/textPositions';
import { symbolsOf } from '../../server/src/lsp/symbols';
import { analysisOf, marked, positionOf, URI } from './editor-support';

const DESIGN = `design "Shortener"

client web "Browser" { type: web }
loadbalancer lb "LB" { instances: 2, health_check: 10s, availability: 99.99% }
service redirector "Redirector" { instances: 2, availability: 99.9% }
cache url-cache "URL cache" { engine: redis, ttl: 1h, eviction: lru }
queue clicks "Clicks" { dlq: clicks-dlq }
queue clicks-dlq "Dead letters"
worker analytics "Analytics"
group data "Data" {
  database urls "URLs" { engine: postgres, replicas: 2, backup: 1d }
}

web -> lb : "HTTPS" { protocol: https, latency: 20ms }
lb -> redirector { latency: 2ms }
redirector -> url-cache
redirector -> urls
redirector ~> clicks
clicks ~> analytics

view read-path "Read path" {
  include: [web, lb, redirector, data]
  exclude: [analytics]
  collapse: [data]
  direction: down
}
view caches { kinds: [cache] }

flow redirect "Follow a short URL" {
  latency_budget: 100ms
  availability_budget: 99.95%
  web -> lb : "GET /abc"
  lb -> redirector
  redirector -> url-cache : "GET url" { latency: 1ms }
  redirector ~> clicks
}
`;

const errors = (text: string) => modelOfText(text).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);

test('view and flow parse into statements with their properties and steps; the design has no problems', () => {
  const file = parse(DESIGN);
  assert.deepEqual(file.errors, []);
  const flow = file.statements.find((s) => s.type === 'flow');
  assert.ok(flow?.type === 'flow');
  assert.deepEqual(flow.properties.map((p) => p.name.name), ['latency_budget', 'availability_budget']);
  assert.deepEqual(flow.steps.map((s) => `${s.from.name} ${s.arrow.kind} ${s.to?.name} ${s.label?.value ?? ''}`), [
    'web sync lb GET /abc', 'lb sync redirector ', 'redirector sync url-cache GET url', 'redirector async clicks ',
  ]);
  assert.deepEqual(modelOfText(DESIGN).diagnostics.map((d) => d.code), []);
});

test('`view` and `flow` stay IDs unless an ID follows them', () => {
  const text = 'service flow "Flow engine"\nworker view\nflow -> view\nview ~> flow\nflow f { flow -> view }';
  const model = modelOfText(text);
  assert.deepEqual(errors(text), []);
  assert.deepEqual(model.components.map((c) => c.id), ['flow', 'view']);
  assert.deepEqual(model.connections.map((c) => c.id), ['flow->view', 'view->flow']);
  assert.deepEqual(model.flows.map((f) => f.steps.map((s) => s.connection?.id)), [['flow->view']]);
});

test('the model resolves a view: include, exclude, collapse, direction', () => {
  const model = modelOfText(DESIGN);
  const view = model.viewById.get('read-path');
  assert.ok(view);
  assert.deepEqual(view.query.include.map((e) => e.id), ['web', 'lb', 'redirector', 'data']);
  assert.deepEqual(view.query.exclude.map((e) => e.id), ['analytics']);
  assert.deepEqual(view.collapse.map((g) => g.id), ['data']);
  assert.equal(view.direction, 'down');
  assert.equal(view.label, 'Read path');
  assert.deepEqual(model.viewById.get('caches')?.query.kinds, ['cache']);
});

test('the model resolves a flow: steps with stable ids, their connections and own latency, the budgets', () => {
  const flow = modelOfText(DESIGN).flowById.get('redirect');
  assert.ok(flow);
  assert.deepEqual(flow.steps.map((s) => [s.id, s.connection?.id, s.latency]), [
    ['redirect#1', 'web->lb', undefined], ['redirect#2', 'lb->redirector', undefined],
    ['redirect#3', 'redirector->url-cache', 0.001], ['redirect#4', 'redirector->clicks', undefined],
  ]);
  assert.equal(flow.latencyBudget, 0.1);
  assert.equal(flow.availabilityBudget, 99.95);
});

test('a step naming an unknown ID is left out but the others keep their written numbers', () => {
  const text = 'service a\nservice b\na -> b\nflow f {\n  a -> nowhere\n  a -> b\n}';
  const model = modelOfText(text);
  assert.deepEqual(model.flows[0].steps.map((s) => s.id), ['f#2']);
  assert.deepEqual(errors(text), ['unresolved-reference 4:7']);
});

test('views and flows share the namespace of components and groups', () => {
  const text = 'service api\nview api { include: [api] }\nflow api {}\nflow f {}\nview f {}';
  const model = modelOfText(text);
  const duplicates = model.diagnostics.filter((d) => d.code === 'duplicate-id');
  assert.deepEqual(duplicates.map((d) => d.range.start.line), [1, 2, 4]);
  assert.match(duplicates[2].message, /'f' is already declared \(as a flow on line 4\)/);
});

test('view and flow properties are checked against the schema, with did-you-mean', () => {
  const text = 'service api\ngroup g { cache c }\nview v { includ: [api], kinds: [cash], collapse: [api], direction: up }\nflow f { latency_budgt: 1s }';
  const model = modelOfText(text);
  const shown = model.diagnostics.map((d) => `${d.code}: ${d.message}`);
  assert.ok(shown.some((m) => /^unknown-property: Unknown property 'includ' for a view\. Did you mean 'include'\?/.test(m)), shown.join('\n'));
  assert.ok(shown.some((m) => /^unknown-enum-value: 'cash' is not a valid 'kinds'/.test(m)), shown.join('\n'));
  assert.ok(shown.some((m) => m === "wrong-reference-kind: 'collapse' must name a group, but 'api' is a service."), shown.join('\n'));
  assert.ok(shown.some((m) => /^unknown-enum-value: 'up' is not a valid 'direction'/.test(m)), shown.join('\n'));
  assert.ok(shown.some((m) => /^unknown-property: Unknown property 'latency_budgt' for a flow\. Did you mean 'latency_budget'\?/.test(m)), shown.join('\n'));
});

test('an unknown ID in a view is an unresolved reference with did-you-mean', () => {
  const model = modelOfText('service redirector\nview v { include: [redirectr] }');
  const [problem] = model.diagnostics.filter((d) => d.code === 'unresolved-reference');
  assert.match(problem.message, /Did you mean 'redirector'\?/);
});

test('flow-step-not-connected: on the step, with the source\'s real connections, and a fix that declares the connection', () => {
  const text = 'service a\nservice b\nservice c\n\na -> b\na ~> c // events\n\nflow f {\n  a -> c\n}\n';
  const analysis = analysisOf(text);
  const [problem] = analysis.model.diagnostics.filter((d) => d.code === 'flow-step-not-connected');
  assert.ok(problem);
  assert.equal(problem.severity, 'error');
  assert.deepEqual(problem.range, { start: { line: 8, character: 2 }, end: { line: 8, character: 8 } });
  assert.match(problem.message, /Step 1 of flow 'f' \(a -> c\) uses no declared connection.*'a' has: 'a -> b', 'a ~> c'\./);
  assert.equal(problem.related?.length, 2);
  const [fix] = schemaFixes(analysis.model, problem);
  assert.equal(fix.title, "Declare the connection 'a -> c'");
  const fixed = applyEdits(text, fix.edits);
  assert.equal(fixed, 'service a\nservice b\nservice c\n\na -> b\na ~> c // events\na -> c\n\nflow f {\n  a -> c\n}\n');
  assert.equal(formatText(fixed), fixed);
  assert.deepEqual(analysisOf(fixed).model.diagnostics.map((d) => d.code), []);
});

test('the fix declares the connection after the source when the file has no connection yet', () => {
  const text = 'service a\nservice b\n\nflow f {\n  a ~> b\n}\n';
  const analysis = analysisOf(text);
  const [problem] = analysis.model.diagnostics;
  assert.match(problem.message, /'a' has no connections of its own yet/);
  const fixed = applyEdits(text, schemaFixes(analysis.model, problem)[0].edits);
  assert.equal(fixed, 'service a\na ~> b\nservice b\n\nflow f {\n  a ~> b\n}\n');
});

test('empty-view: a warning on the ID of a view that shows nothing', () => {
  const text = 'service api\nview none { include: [api], exclude: [api] }\nview all {}';
  const problems = modelOfText(text).diagnostics;
  assert.deepEqual(problems.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character]), [['empty-view', 'warning', 1, 5]]);
  assert.match(problems[0].message, /View 'none' shows nothing/);
});

test('@allow before a flow silences that flow\'s findings only', () => {
  const flow = (id: string, allow: string) => `${allow}flow ${id} {\n  latency_budget: 1ms\n  web -> lb\n}\n`;
  const text = `${DESIGN}\n${flow('quiet', '@allow(flow-over-latency-budget, "known")\n')}${flow('loud', '')}`;
  const findings = analysisOf(text).findings.filter((d) => d.code === 'flow-over-latency-budget');
  assert.deepEqual(findings.map((d) => d.subject), ['loud']);
  assert.deepEqual(analysisOf(text).findings.filter((d) => d.code === 'unused-allow'), []);
});

test('hover on a view ID: counts and the selection', () => {
  const markdown = hoverAt(analysisOf(DESIGN), URI, positionOf(DESIGN, 'read-path', 1))?.markdown ?? '';
  assert.match(markdown, /\*\*view read-path\*\* — Read path/);
  assert.match(markdown, /Shows 4 components in 1 group\./);
  assert.match(markdown, /- include `web`, `lb`, `redirector`, `data`/);
  assert.match(markdown, /- minus `analytics`/);
  assert.match(markdown, /- `data` drawn as one box/);
});

test('hover on a flow ID: steps with their connections, the latency sum and the availability ceiling', () => {
  const markdown = hoverAt(analysisOf(DESIGN), URI, positionOf(DESIGN, 'redirect "', 1))?.markdown ?? '';
  assert.match(markdown, /1\. `web` -> `lb` via `web->lb`/);
  assert.match(markdown, /3\. `redirector` -> `url-cache` via `redirector->url-cache`, 1 ms \(its own\)/);
  assert.match(markdown, /4\. `redirector` ~> `clicks` via `redirector->clicks` \(does not wait\)/);
  assert.match(markdown, /20 ms \(step 1\) \+ 2 ms \(step 2\) \+ 1 ms \(step 3\) = 23 ms/);
  assert.match(markdown, /budget 100 ms \(`latency_budget`\): within/);
  assert.match(markdown, /at most 99\.99% \(lb\) × 99\.9% \(redirector\) = 99\.89\d*%, capped by `lb`, `redirector`/);
  assert.match(markdown, /budget 99\.95% \(`availability_budget`\): \*\*below\*\*/);
});

test('go to definition, references and rename reach IDs in views and flows', () => {
  const model = modelOfText(DESIGN, URI);
  const inView = positionOf(DESIGN, 'redirector,', 1);
  assert.deepEqual(definition(model, URI, inView)?.range.start, positionOf(DESIGN, 'redirector "'));
  const lines = references(model, URI, positionOf(DESIGN, 'redirector "'), true).map((l) => l.range.start.line);
  assert.ok(lines.includes(positionOf(DESIGN, 'redirector,').line), 'the view use');
  assert.ok(lines.includes(positionOf(DESIGN, 'redirector -> url-cache : "GET').line), 'the step use');
  const edits = rename(model, URI, positionOf(DESIGN, 'data]'), 'storage');
  assert.ok(edits.ok);
  const renamed = applyEdits(DESIGN, edits.value);
  assert.match(renamed, /include: \[web, lb, redirector, storage\]/);
  assert.match(renamed, /collapse: \[storage\]/);
  const clash = rename(model, URI, positionOf(DESIGN, 'data]'), 'caches');
  assert.ok(!clash.ok && /already the ID of a view/.test(clash.message));
});

test('completion: view properties, component and group IDs in include, groups only in collapse, flow and step properties', () => {
  const labels = (input: string) => {
    const { text, position } = marked(input);
    return completionsAt(analysisOf(text), text, position).map((c) => c.label);
  };
  const base = 'service api\ngroup g { cache c }\n';
  assert.ok(labels(`${base}view v {\n  |\n}`).includes('include'));
  const include = labels(`${base}view v { include: [|] }`);
  assert.ok(include.includes('api') && include.includes('g') && include.includes('c'), include.join());
  assert.deepEqual(labels(`${base}view v { collapse: [|] }`), ['g']);
  assert.ok(labels(`${base}view v { kinds: [|] }`).includes('database'));
  assert.ok(labels(`${base}flow f {\n  |\n}`).includes('latency_budget'));
  assert.ok(labels(`${base}flow f {\n  api -> |\n}`).includes('c'));
  assert.deepEqual(labels(`${base}flow f {\n  api -> c { | }\n}`).sort(), ['description', 'latency']);
});

test('outline, semantic tokens and folding know views and flows', () => {
  const file = parse(DESIGN);
  const symbols = symbolsOf(file.statements);
  const flow = symbols.find((s) => s.name === 'redirect');
  assert.equal(flow?.detail, 'flow · Follow a short URL');
  assert.deepEqual(flow?.children?.map((c) => c.name), ['1. web -> lb', '2. lb -> redirector', '3. redirector -> url-cache', '4. redirector ~> clicks']);
  assert.equal(symbols.find((s) => s.name === 'read-path')?.detail, 'view · Read path');
  const tokens = semanticTokens(file, modelOfText(DESIGN, URI), URI);
  const at = (needle: string, nth = 0) => {
    const p = positionOf(DESIGN, needle, 0, nth);
    return tokens.find((t) => t.line === p.line && t.character === p.character);
  };
  assert.equal(at('view read-path')?.type, 'keyword');
  assert.equal(at('flow redirect')?.type, 'keyword');
  assert.deepEqual([at('read-path')?.type, at('read-path')?.modifiers], ['variable', ['declaration']]);
  assert.equal(at('data]')?.type, 'namespace');
  assert.equal(at('url-cache : "GET')?.type, 'class');
  const folds = foldingRanges(file).map((r) => `${r.startLine}-${r.endLine}`);
  const start = (needle: string) => positionOf(DESIGN, needle).line;
  assert.ok(folds.includes(`${start('view read-path')}-${start('direction: down')}`), folds.join());
  const lastStep = DESIGN.slice(0, DESIGN.lastIndexOf('redirector ~> clicks')).split('\n').length - 1;
  assert.ok(folds.includes(`${start('flow redirect')}-${lastStep}`), folds.join());
});

test('formatting views and flows is canonical, idempotent and keeps comments', () => {
  const messy = 'service a\nservice b\na->b\n@allow(empty-view,"ok")\nview   v   "V"{include:[a,b],   direction:down}\nview w {\n  include: [a] // keep\n}\nflow f "F"{ latency_budget:100ms\n  a->b:"call"{latency:1ms}\n\n  // back\n  b  ->a\n}\n';
  const expected = 'service a\nservice b\na -> b\n@allow(empty-view, "ok")\nview v "V" { include: [a, b], direction: down }\nview w {\n  include: [a] // keep\n}\nflow f "F" {\n  latency_budget: 100ms\n  a -> b : "call" { latency: 1ms }\n\n  // back\n  b -> a\n}\n';
  assert.equal(formatText(messy), expected);
  assert.equal(formatText(expected), expected);
  assert.equal(formatText(DESIGN), DESIGN);
});

test('recovery: a missing `}` of a flow leaves the statements after it whole', () => {
  const text = 'service a\nservice b\na -> b\nflow f {\n  a -> b\nview v { include: [a] }\nservice c';
  const file = parse(text);
  assert.equal(file.errors.length, 1);
  assert.match(file.errors[0].message, /Expected '}' to close the flow 'f'/);
  assert.deepEqual(file.statements.map((s) => s.type), ['component', 'component', 'connection', 'flow', 'view', 'component']);
});
