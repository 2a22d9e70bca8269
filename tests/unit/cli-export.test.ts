// `sysd export`: Mermaid (parsed back by mermaid's own parser), D2, and the model JSON with a round-trip property test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { mermaidParser } from './mermaid-support';
import fc from 'fast-check';
import { D2 } from '@terrastruct/d2';
import { modelOfText } from '../../server/src/language/model';
import { exportD2 } from '../../server/src/cli/exportD2';
import { exportMermaid } from '../../server/src/cli/exportMermaid';
import { BAD, EXAMPLES, ROOT, sysd, workspace } from './cli-support';

const modelSchema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/model.schema.json'), 'utf8'));
const modelValidator = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(modelSchema);
/** Validates without narrowing the checked value's type (ajv's validators are type guards). */
const validateModel = Object.assign((data: unknown): boolean => modelValidator(data), { get errors() { return modelValidator.errors; } });
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.sysd'));

let parseMermaid: (text: string) => Promise<unknown>;
before(async () => { parseMermaid = await mermaidParser(); });

const TRICKY = `design "Quotes \\"and\\" <tags> & #hash | pipes"

group end "The end; group" {
  kind: tier
  service graph "A \\"quoted\\" <b>service</b>"
  group inner-1 "Inner" { database o-db "Orders | DB" }
}
client x-app "App #1"
queue jobs "Jobs & more"
worker _nine "Nine\\nlives"

x-app -> graph : "GET /{id} \\"quoted\\" | piped" { protocol: https }
graph ~> jobs : "publish <event>"
jobs ~> _nine
x-app <-> end : "socket"
graph -> o-db
`;

test('the Mermaid export of every example parses with mermaid\'s own parser as a flowchart', async () => {
  for (const name of examples) {
    const run = await sysd(['export', `examples/${name}`, '--format', 'mermaid']);
    assert.equal(run.code, 0, name);
    const parsed = await parseMermaid(run.out) as { diagramType: string };
    assert.equal(parsed.diagramType, 'flowchart-v2', name);
  }
});

test('Mermaid: labels with quotes, angle brackets, pipes and hashes and IDs that are keywords still parse', async () => {
  const text = exportMermaid(modelOfText(TRICKY));
  await parseMermaid(text);
  await parseMermaid(exportMermaid(modelOfText(TRICKY), 'down'));
  assert.match(text, /^flowchart LR$/m);
  assert.match(text, /subgraph n_end\["The end; group"\]/, 'the keyword `end` gets a prefix');
  assert.match(text, /n_graph\["A #quot;quoted#quot; #lt;b#gt;service#lt;\/b#gt;"\]:::service/);
  assert.match(text, /x_app -->\|"GET \/\{id\} #quot;quoted#quot; #124; piped"\| n_graph/);
});

test('Mermaid: subgraphs for groups, a shape per kind, solid sync, dashed async and two-way duplex arrows', () => {
  const text = exportMermaid(modelOfText(TRICKY));
  assert.match(text, /subgraph n_end\["The end; group"\]\n\s+n_graph.*\n\s+subgraph inner_1\["Inner"\]\n\s+o_db\[\("Orders #124; DB"\)\]:::database\n\s+end\n\s+end/);
  assert.match(text, /x_app\(\["App #35;1"\]\):::client/, 'client: stadium');
  assert.match(text, /jobs\[\/"Jobs #amp; more"\/\]:::queue/, 'queue: parallelogram');
  assert.match(text, /_nine\[\["Nine<br\/>lives"\]\]:::worker/, 'worker: subroutine, newline as <br/>');
  assert.match(text, /n_graph -\.->\|"publish #lt;event#gt;"\| jobs/);
  assert.match(text, /x_app <-->\|"socket"\| n_end/);
  assert.match(text, /n_graph --> o_db/);
  assert.match(text, /classDef database fill:/);
});

interface D2Diagram {
  shapes: Array<{ id: string; type: string; label: string }>;
  connections: Array<{ src: string; dst: string; strokeDash: number; label: string; srcArrow: string; dstArrow: string }>;
}

// One D2 compiler (its WebAssembly build runs in a worker thread), stopped after the tests so the process can exit.
// It is created on first use, after the mermaid setup above has removed the browser globals it would look for.
let d2: D2 | undefined;
after(async () => {
  await (d2 as unknown as { worker?: { terminate(): Promise<number> } } | undefined)?.worker?.terminate();
});

/** Compiles with D2's own compiler; throws with D2's messages on a syntax error. */
async function compileD2(text: string): Promise<D2Diagram> {
  d2 ??= new D2();
  const result = await d2.compile(text) as unknown as { diagram: D2Diagram };
  return result.diagram;
}

test('the D2 export of every example compiles with D2\'s own compiler, with every component, group and connection', async () => {
  for (const name of examples) {
    const run = await sysd(['export', `examples/${name}`, '--format', 'd2']);
    assert.equal(run.code, 0, name);
    const diagram = await compileD2(run.out);
    const model = modelOfText(readFileSync(path.join(EXAMPLES, name), 'utf8'));
    assert.equal(diagram.shapes.length, model.components.length + model.groups.length, name);
    assert.equal(diagram.connections.length, model.connections.length, name);
  }
});

test('D2 compiles the tricky design: quoted keys, escaped labels, dashed async connections, containers', async () => {
  const diagram = await compileD2(exportD2(modelOfText(TRICKY)));
  const shape = (id: string) => diagram.shapes.find((s) => s.id === id);
  assert.equal(shape('end.graph')?.label, 'A "quoted" <b>service</b>');
  assert.equal(shape('end.inner-1.o-db')?.type, 'cylinder');
  assert.equal(shape('x-app')?.type, 'person');
  assert.equal(shape('_nine')?.label, 'Nine\nlives');
  const publish = diagram.connections.find((c) => c.label === 'publish <event>');
  assert.ok(publish && publish.strokeDash > 0, 'async is dashed');
  const sync = diagram.connections.find((c) => c.label === 'GET /{id} "quoted" | piped');
  assert.equal(sync?.strokeDash, 0);
  await assert.rejects(compileD2('a -> {\n'), 'the compiler does reject broken D2');
});

test('D2: containers for groups, shapes per kind, dashed async, quoted kebab-case keys and escaped labels', () => {
  const text = exportD2(modelOfText(TRICKY), 'down');
  assert.match(text, /^direction: down$/m);
  assert.match(text, /^end: "The end; group" \{\n  graph: "A \\"quoted\\" <b>service<\/b>" \{ shape: rectangle \}\n  "inner-1": "Inner" \{\n    "o-db": "Orders \| DB" \{ shape: cylinder \}\n  \}\n\}$/m);
  assert.match(text, /^"x-app": "App #1" \{ shape: person \}$/m);
  assert.match(text, /^jobs: "Jobs & more" \{ shape: queue \}$/m);
  assert.match(text, /^"x-app" -> end\.graph: "GET \/\{id\} \\"quoted\\" \| piped"$/m);
  assert.match(text, /^end\.graph -> jobs: "publish <event>" \{ style\.stroke-dash: 3 \}$/m);
  assert.match(text, /^"x-app" <-> end: "socket"$/m);
  assert.match(text, /^end\.graph -> end\."inner-1"\."o-db"$/m);
  // Every container opened on a line of its own is closed on a line of its own.
  assert.equal(text.split('\n').filter((l) => l.endsWith(' {')).length, 2);
  assert.equal(text.split('\n').filter((l) => /^\s*\}$/.test(l)).length, 2);
});

test('the JSON export of every example matches schemas/model.schema.json and counts what the design declares', async () => {
  for (const name of examples) {
    const run = await sysd(['export', `examples/${name}`, '--format', 'json']);
    const json = JSON.parse(run.out);
    assert.ok(validateModel(json), `${name}: ${JSON.stringify(validateModel.errors?.slice(0, 3))}`);
    const model = modelOfText(readFileSync(path.join(EXAMPLES, name), 'utf8'));
    assert.equal(json.components.length, model.components.length, name);
    assert.equal(json.groups.length, model.groups.length, name);
    assert.equal(json.connections.length, model.connections.length, name);
    assert.equal(json.file, `examples/${name}`);
  }
});

test('JSON export: quantities normalised with their text, ranges, lists, references, groups and allows', async () => {
  const json = JSON.parse((await sysd(['export', 'examples/url-shortener.sysd', '--format', 'json'])).out);
  assert.deepEqual(json.scale.writes, { value: 100e6 / 86400, unit: '/s', text: '100M/day' });
  assert.deepEqual(json.scale.read_write_ratio, 100);
  const redirector = json.components.find((c: { id: string }) => c.id === 'redirector');
  assert.deepEqual(redirector.properties.autoscale, { min: 10, max: 80 });
  assert.equal(redirector.group, 'app');
  assert.equal(json.groups.find((g: { id: string }) => g.id === 'app').parent, 'backend');
  assert.deepEqual(json.components.find((c: { id: string }) => c.id === 'edge').properties.caches, ['static', 'api']);
  const clicks = json.components.find((c: { id: string }) => c.id === 'clicks');
  assert.equal(clicks.properties.dlq, 'clicks-dlq');
  assert.ok(json.connections.some((c: { kind: string; arrow: string }) => c.kind === 'async' && c.arrow === '~>'));
  const ride = JSON.parse((await sysd(['export', 'examples/ride-hailing.sysd', '--format', 'json'])).out);
  const allowed = [...ride.components, ...ride.groups, ...ride.connections].filter((e: { allows: unknown[] }) => e.allows.length > 0);
  assert.equal(allowed.length, 1);
  assert.match(allowed[0].allows[0].reason, /GPS traces/);
});

/** Generated designs: components of random kinds, some inside (nested) groups, random arrows between them. */
const KINDS = ['client', 'service', 'worker', 'database', 'cache', 'queue', 'topic', 'storage', 'external'] as const;
const designArbitrary = fc.record({
  components: fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 12 }),
  groups: fc.nat({ max: 4 }),
  placement: fc.array(fc.nat({ max: 5 }), { minLength: 12, maxLength: 12 }),
  connections: fc.array(fc.tuple(fc.nat({ max: 11 }), fc.nat({ max: 11 }), fc.constantFrom('->', '~>', '<->'), fc.option(fc.string({ maxLength: 8 }))), { maxLength: 15 }),
}).map(({ components, groups, placement, connections }) => {
  const ids = components.map((_, i) => `c-${i}`);
  const members = new Map<number, string[]>();
  components.forEach((kind, i) => {
    const group = placement[i] % (groups + 1);
    const line = `${kind} ${ids[i]} "Component ${i}"`;
    members.set(group, [...(members.get(group) ?? []), line]);
  });
  // Group g nests inside group g-1 when g is even, so nesting is exercised too.
  const groupText = (g: number): string => {
    const inner = g + 1 <= groups && (g + 1) % 2 === 0 ? groupText(g + 1) : '';
    return `group g${g} "Group ${g}" {\n${(members.get(g) ?? []).join('\n')}\n${inner}\n}`;
  };
  const topGroups = Array.from({ length: groups }, (_, i) => i + 1).filter((g) => g % 2 === 1 || g === 1);
  const lines = [...(members.get(0) ?? []), ...topGroups.map(groupText)];
  const edges = connections
    .filter(([a, b]) => a < ids.length && b < ids.length)
    .map(([a, b, arrow, label]) => `${ids[a]} ${arrow} ${ids[b]}${label === null ? '' : ` : ${JSON.stringify(label)}`}`);
  return `design "Generated"\n${lines.join('\n')}\n${edges.join('\n')}\n`;
});

test('round trip: exporting a generated design to JSON keeps the counts of components, groups and connections', async () => {
  const dir = workspace({});
  await fc.assert(fc.asyncProperty(designArbitrary, async (text) => {
    const model = modelOfText(text);
    assert.deepEqual(model.diagnostics.filter((d) => d.severity === 'error'), [], text);
    const file = path.join(dir, 'generated.sysd');
    (await import('node:fs')).writeFileSync(file, text);
    const run = await sysd(['export', 'generated.sysd', '--format', 'json'], dir);
    const json = JSON.parse(run.out);
    assert.equal(json.components.length, model.components.length);
    assert.equal(json.groups.length, model.groups.length);
    assert.equal(json.connections.length, model.connections.length);
    assert.ok(validateModel(json), JSON.stringify(validateModel.errors?.slice(0, 3)));
    // The same design exports to a Mermaid flowchart mermaid accepts.
    await parseMermaid(exportMermaid(model));
  }), { numRuns: 100 });
});

test('generated designs export to D2 that D2 compiles, with every component, group and connection', async () => {
  // Fewer runs: each D2 compile also lays the diagram out (about half a second here).
  await fc.assert(fc.asyncProperty(designArbitrary, async (text) => {
    const model = modelOfText(text);
    const diagram = await compileD2(exportD2(model));
    assert.equal(diagram.shapes.length, model.components.length + model.groups.length);
    assert.equal(diagram.connections.length, model.connections.length);
  }), { numRuns: 15 });
});

test('export errors: a missing file, a missing --format and a directory are usage errors; a broken design exports with exit 1', async () => {
  const missing = await sysd(['export', 'nope.sysd', '--format', 'json']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read 'nope\.sysd'/);
  const noFormat = await sysd(['export', 'examples/chat-system.sysd']);
  assert.equal(noFormat.code, 2);
  assert.match(noFormat.err, /missing --format/);
  const directory = await sysd(['export', 'examples', '--format', 'd2']);
  assert.equal(directory.code, 2);
  assert.match(directory.err, /a directory or a glob need -o DIR: one \.d2 per design/);
  assert.equal(directory.out, '');
  const broken = await sysd(['export', path.relative(ROOT, path.join(BAD, 'missing-brace.sysd')), '--format', 'mermaid']);
  assert.equal(broken.code, 1);
  assert.match(broken.out, /^flowchart LR$/m);
  assert.match(broken.err, /missing-brace\.sysd:23:13 error syntax-error/);
});

test('-o writes the export to a file', async () => {
  const dir = workspace({});
  const out = path.join(dir, 'design.d2');
  const run = await sysd(['export', 'examples/news-feed.sysd', '--format', 'd2', '-o', out]);
  assert.equal(run.code, 0);
  assert.equal(run.out, '');
  assert.match(readFileSync(out, 'utf8'), /^direction: right$/m);
});
