// The resolved model: symbol table, references, connections per component, groups, imports, schema errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildModel, modelOfText, type SourceHost } from '../../server/src/language/model';

const spec = readFileSync(new URL('../fixtures/spec-example.sysd', import.meta.url), 'utf8');

function memoryHost(files: Record<string, string>): SourceHost {
  return { read: (uri) => files[uri], resolve: (from, path) => new URL(path, from).href };
}

function codes(text: string) {
  return modelOfText(text).diagnostics.map((d) => d.code);
}

test('the spec example resolves cleanly', () => {
  const model = modelOfText(spec);
  assert.deepEqual(model.diagnostics, []);
  assert.equal(model.title, 'URL Shortener');
  assert.equal(model.components.length, 11);
  assert.equal(model.groups.length, 1);
  // web->edge, edge->lb, lb->shortener, lb->redirector, 3 redirector edges, shortener->urls, clicks->analytics, analytics->urls
  assert.equal(model.connections.length, 10);
  assert.ok(model.scale);
});

test('connections are indexed both ways, with their arrow kind and label', () => {
  const model = modelOfText(spec);
  const redirector = model.elements.get('redirector')!;
  assert.deepEqual(redirector.outgoing.map((c) => `${c.kind}:${c.to.id}`), ['sync:url-cache', 'sync:urls', 'async:clicks']);
  assert.deepEqual(redirector.incoming.map((c) => c.from.id), ['lb']);
  const urls = model.elements.get('urls')!;
  assert.deepEqual(urls.incoming.map((c) => c.label), ['read on cache miss', 'INSERT', 'UPDATE click_count']);
  const edge = model.connections.find((c) => c.from.id === 'web')!;
  assert.equal(edge.properties.get('protocol')?.value?.type, 'identifier');
});

test('chains and fan-out expand into one connection per pair', () => {
  const model = modelOfText('service a\nservice b\nservice c\nservice d\na -> b, c ~> d : "x"');
  assert.deepEqual(model.connections.map((c) => `${c.from.id}${c.kind === 'sync' ? '->' : '~>'}${c.to.id}:${c.label}`), [
    'a->b:x', 'a->c:x', 'b~>d:x', 'c~>d:x',
  ]);
});

test('groups know their members and members know their group; declaration order does not matter', () => {
  const model = modelOfText('api -> db\ngroup outer {\n  group inner { database db }\n  service api\n}');
  const outer = model.elements.get('outer');
  assert.equal(outer?.type, 'group');
  assert.deepEqual(outer?.type === 'group' && outer.members.map((m) => m.id), ['inner', 'api']);
  assert.equal(model.elements.get('db')?.group?.id, 'inner');
  assert.equal(model.elements.get('db')?.group?.group?.id, 'outer');
  assert.equal(model.connections.length, 1);
});

test('references list declarations and every use, including dlq values', () => {
  const model = modelOfText('queue q { dlq: q-dlq }\nqueue q-dlq\nservice s\ns ~> q');
  const uses = model.references.filter((r) => r.name === 'q-dlq');
  assert.deepEqual(uses.map((r) => [r.declaration, r.context]), [[true, 'declaration'], [false, 'property']]);
  assert.ok(uses.every((r) => r.target?.id === 'q-dlq'));
});

test('schema errors: each class of mistake has its own code and exact range', () => {
  const model = modelOfText('cache c { ttl: 5GB, tll: 1h, eviction: LRU, ttl: 2h }\ndatabase d { replicas: -1, engine: foodb }\nservice s { dlq: d }\ns -> nope\nservice s');
  const byCode = new Map([...model.diagnostics].reverse().map((d) => [d.code, d]));
  assert.match(byCode.get('invalid-value')!.message, /'ttl' expects a duration .* not '5GB'/);
  assert.deepEqual(byCode.get('invalid-value')!.range.start, { line: 0, character: 15 });
  assert.match(byCode.get('unknown-property')!.message, /Did you mean 'ttl'\?/);
  assert.equal(byCode.get('unknown-property')!.data?.suggestion, 'ttl');
  assert.match(byCode.get('unknown-enum-value')!.message, /expected one of .*`lru`.* Did you mean 'lru'\?/);
  assert.equal(byCode.get('duplicate-property')!.range.start.character, 44);
  assert.match(byCode.get('value-out-of-range')!.message, /'replicas' must be at least 0/);
  assert.equal(byCode.get('unknown-engine')!.severity, 'info');
  assert.match(byCode.get('unknown-property')!.message, /Allowed:/);
  assert.ok(model.diagnostics.some((d) => d.code === 'unknown-property' && /'dlq' for a service/.test(d.message)));
  assert.match(byCode.get('unresolved-reference')!.message, /Unknown component 'nope'/);
  assert.equal(byCode.get('duplicate-id')!.range.start.line, 4);
  assert.equal(byCode.get('duplicate-id')!.related?.[0].range.start.line, 2);
});

test('a reference of the wrong kind names both kinds', () => {
  const model = modelOfText('queue q { dlq: api }\nservice api');
  const wrong = model.diagnostics.find((d) => d.code === 'wrong-reference-kind');
  assert.match(wrong!.message, /'dlq' must name a queue or topic, but 'api' is a service/);
});

test('more than one design or scale is an error', () => {
  assert.ok(codes('design "a"\nservice x\ndesign "b"').includes('duplicate-design'));
  assert.ok(codes('scale { dau: 1 }\nscale { dau: 2 }').includes('duplicate-scale'));
});

test('unknown annotations are flagged', () => {
  assert.deepEqual(codes('@deprecated\nservice a'), ['unknown-annotation']);
});

test('ranges and scale values are validated', () => {
  const diagnostics = modelOfText('scale { availability: 120%, peak_factor: 5x }\nservice s { autoscale: 5..2 }').diagnostics;
  assert.deepEqual(diagnostics.map((d) => d.code), ['value-out-of-range', 'value-out-of-range']);
});

test('imports: components from another file are referable; diagnostics stay in their file', () => {
  const host = memoryHost({
    'file:///w/main.sysd': 'import "./lib/data.sysd"\nservice api\napi -> users\n',
    'file:///w/lib/data.sysd': 'database users { replicas: 2, backup: 1d, tll: 1 }\n',
  });
  const model = buildModel('file:///w/main.sysd', host);
  assert.equal(model.elements.get('users')?.uri, 'file:///w/lib/data.sysd');
  assert.equal(model.connections.length, 1);
  assert.deepEqual(model.diagnostics.map((d) => [d.uri, d.code]), [['file:///w/lib/data.sysd', 'unknown-property']]);
  assert.deepEqual(model.imports.get('file:///w/main.sysd'), ['file:///w/lib/data.sysd']);
});

test('imports: a missing file and a cycle are errors on the import path', () => {
  const host = memoryHost({
    'file:///w/a.sysd': 'import "./b.sysd"\nimport "./nope.sysd"\nservice a',
    'file:///w/b.sysd': 'import "./a.sysd"\nservice b',
  });
  const model = buildModel('file:///w/a.sysd', host);
  const inA = model.diagnostics.filter((d) => d.uri === 'file:///w/a.sysd');
  assert.deepEqual(inA.map((d) => [d.code, d.range.start.line]), [['import-cycle', 0], ['import-not-found', 1]]);
  assert.match(inA[0].message, /a\.sysd → b\.sysd → a\.sysd/);
  assert.equal(model.elements.size, 2);
});

test("property names that are members of JavaScript's Object prototype are plain unknown properties", () => {
  const text = 'service a { constructor: 1, __proto__: 2 }\nscale { toString: 1 }\nservice b\na -> b { hasOwnProperty: x }\n';
  const diagnostics = modelOfText(text).diagnostics;
  assert.deepEqual(diagnostics.map((d) => d.code), ['unknown-property', 'unknown-property', 'unknown-property', 'unknown-property']);
  assert.match(diagnostics[0].message, /Unknown property 'constructor' for a service/);
});

test('an analysis that fails shows one error at the top of the file and an empty design', async () => {
  const { failedAnalysis } = await import('../../server/src/language/analysis');
  const failed = failedAnalysis('file:///x.sysd', new RangeError('Maximum call stack size exceeded'));
  assert.equal(failed.model.components.length, 0);
  assert.deepEqual(failed.diagnostics.map((d) => [d.code, d.range.start.line, d.message]), [
    ['internal-error', 0, 'sysd could not analyse this file (Maximum call stack size exceeded). This is a bug in sysd: please report it with the file.'],
  ]);
});

test('"did you mean" for unknown IDs stops after a budget of comparisons, so thousands of unknown names stay cheap', () => {
  const lines: string[] = [];
  for (let i = 0; i < 2000; i++) lines.push(`service svc${i}`);
  for (let i = 0; i < 2000; i++) lines.push(`svc${i} -> svx${i}`);
  const unresolved = modelOfText(lines.join('\n')).diagnostics.filter((d) => d.code === 'unresolved-reference');
  assert.equal(unresolved.length, 2000);
  const suggested = unresolved.filter((d) => /Did you mean/.test(d.message));
  assert.equal(suggested.length, 100_000 / 2000);
  assert.match(unresolved[0].message, /Unknown component 'svx0'\. Did you mean 'svc0'\?/);
  assert.match(unresolved[1999].message, /Declare it/);
});

test('an import path that is not a path at all is an error on the path, not a crash', async () => {
  const { fileSystemHost } = await import('../../server/src/language/host');
  const root = 'file:///work/a.sysd';
  const model = buildModel(root, fileSystemHost((uri) => (uri === root ? 'import "http://["\nservice a\n' : undefined)));
  assert.deepEqual(model.diagnostics.map((d) => [d.code, d.range.start.character, d.message]), [
    ['import-not-found', 7, "Cannot resolve 'http://[': it is not a file path relative to this file."],
  ]);
});

test('imports: every file of a design is read from the host once per analysis', () => {
  const files: Record<string, string> = {
    'file:///w/main.sysd': 'import "./a.sysd"\nimport "./b.sysd"\nimport "./nope.sysd"\nservice api\napi -> users\n',
    'file:///w/a.sysd': 'import "./b.sysd"\ndatabase users\n',
    'file:///w/b.sysd': 'import "./a.sysd"\ncache sessions\n',
  };
  const reads = new Map<string, number>();
  const host: SourceHost = {
    read: (uri) => { reads.set(uri, (reads.get(uri) ?? 0) + 1); return files[uri]; },
    resolve: (from, path) => new URL(path, from).href,
  };
  const model = buildModel('file:///w/main.sysd', host);
  assert.equal(model.files.size, 3);
  assert.deepEqual(Object.fromEntries(reads), {
    'file:///w/main.sysd': 1, 'file:///w/a.sysd': 1, 'file:///w/b.sysd': 1, 'file:///w/nope.sysd': 1,
  });
});
