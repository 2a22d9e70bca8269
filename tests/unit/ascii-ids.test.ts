// Non-ASCII IDs: lexed as one word so the declaration parses as written, reported once with an ASCII suggestion, renamed by a quick fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/language/analysis';
import { transliterate } from '../../server/src/language/asciiIds';
import { schemaFixes } from '../../server/src/language/fixes/schema';
import { formatText } from '../../server/src/language/format';
import { lex } from '../../server/src/language/lexer';
import { modelOfText, type SourceHost } from '../../server/src/language/model';
import { parse } from '../../server/src/language/parser';
import { applyEdits } from '../../server/src/language/textPositions';
import { sysd, workspace } from './cli-support';

const URI = 'file:///design.sysd';
const host = (text: string): SourceHost => ({ read: (uri) => (uri === URI ? text : undefined), resolve: (from, path) => new URL(path, from).href });

test('a word in any script is one identifier token: nothing is cut off, no lexing error', () => {
  const words = (text: string) => lex(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);
  assert.deepEqual(words('service café'), ['Kw_service:service', 'Identifier:café']);
  assert.deepEqual(words('données-v2 服务 caf\u0065\u0301 𝒜x'), ['Identifier:données-v2', 'Identifier:服务', 'Identifier:caf\u0065\u0301', 'Identifier:𝒜x']);
  assert.deepEqual(words('é->b'), ['Identifier:é', 'SyncArrow:->', 'Identifier:b']);
  assert.deepEqual(lex('service café\ndatabase données { replicas: 2 }').errors, []);
  assert.match(lex('a → b').errors[0].message, /Unexpected character '→'/, 'symbols are still not words');
});

test('the declaration parses as written: the whole ID, its label and its property block', () => {
  const file = parse('database données "Données clients" { replicas: 2 }\n');
  assert.deepEqual(file.errors, []);
  const decl = file.statements[0];
  assert.equal(decl.type, 'component');
  if (decl.type !== 'component') return;
  assert.equal(decl.id.name, 'données');
  assert.equal(decl.label?.value, 'Données clients');
  assert.deepEqual(decl.block?.properties.map((p) => p.name.name), ['replicas']);
});

test('one error per non-ASCII ID, at its declaration, saying IDs are ASCII and suggesting one', () => {
  const text = 'service café\ndatabase données { replicas: 2, backup: 1d }\ncafé -> données\ncafé -> données : "again"\n';
  const analysis = analyze(URI, host(text));
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [
    ['non-ascii-id', 0, 8, 12], ['non-ascii-id', 1, 9, 16],
  ]);
  assert.equal(errors[0].message, "'café' is not a valid ID: IDs are ASCII (letters A-Z, digits, '_' and '-'); labels in quotes may use any script. Rename it, e.g. to 'cafe'.");
  assert.match(errors[1].message, /Rename it, e\.g\. to 'donnees'\./);
  assert.ok(!analysis.diagnostics.some((d) => d.code === 'database-single-point-of-failure'), 'no false "has no replicas" on a line that sets them');
  assert.equal(analysis.model.connections.length, 2, 'both connections resolve');
});

test('suggestions: accents dropped, letters without an ASCII form replaced by the kind, never a taken or reserved ID', () => {
  assert.equal(transliterate('café'), 'cafe');
  assert.equal(transliterate('données'), 'donnees');
  assert.equal(transliterate('Straße-Ærø'), 'Strasse-AEro');
  assert.equal(transliterate('order-服务-queue'), 'order-queue');
  assert.equal(transliterate('服务'), '');
  const suggestions = (text: string) => modelOfText(text).diagnostics.filter((d) => d.code === 'non-ascii-id').map((d) => d.data?.suggestion);
  assert.deepEqual(suggestions('service 服务\nservice 订单\ngroup 区域 { service x }\nservice y\ny -> 未知\n'), ['service1', 'service2', 'group1', 'id1']);
  assert.deepEqual(suggestions('service cafe\nservice café\n'), ['cafe2']);
  assert.deepEqual(suggestions('service cäche\n'), ['cache2'], 'kind names are not suggested');
});

test('quick fix: renames every occurrence of the ID in the file, and the design is then clean of it', () => {
  const text = 'service café "Café ☕"\nqueue jobs { dlq: fïle }\nqueue fïle\ncafé ~> jobs\njobs ~> café\n';
  const model = modelOfText(text, URI);
  const diagnostic = model.diagnostics.find((d) => d.code === 'non-ascii-id' && d.data?.name === 'café');
  assert.ok(diagnostic);
  const fixes = schemaFixes(model, diagnostic);
  assert.deepEqual(fixes.map((f) => [f.title, f.isPreferred, f.edits.length]), [["Rename 'café' to 'cafe'", true, 3]]);
  const renamed = applyEdits(text, fixes[0].edits);
  assert.equal(renamed, 'service cafe "Café ☕"\nqueue jobs { dlq: fïle }\nqueue fïle\ncafe ~> jobs\njobs ~> cafe\n', 'the label keeps its script');
  const dlq = modelOfText(renamed, URI).diagnostics.find((d) => d.code === 'non-ascii-id');
  assert.equal(dlq?.data?.name, 'fïle');
  const again = applyEdits(renamed, schemaFixes(modelOfText(renamed, URI), dlq!)[0].edits);
  assert.deepEqual(modelOfText(again, URI).diagnostics.filter((d) => d.severity === 'error'), []);
  assert.match(again, /dlq: file \}\nqueue file\n/);
});

test('formatting keeps a non-ASCII ID as written', () => {
  assert.equal(formatText('service   café{instances:2}\ncafé->  服务\nservice 服务\n'), 'service café { instances: 2 }\ncafé -> 服务\nservice 服务\n');
});

test('sysd render draws a component whose ID is not ASCII, and reports the ID', async () => {
  const dir = workspace({ 'cjk.sysd': 'service 服务 "Orders"\nservice api\napi -> 服务\n' });
  const run = await sysd(['render', 'cjk.sysd'], dir);
  assert.equal(run.code, 1);
  assert.match(run.out, /<g class="node kind-service" data-id="服务"/);
  assert.match(run.out, /data-from="api" data-to="服务"/);
  assert.match(run.err, /^cjk\.sysd:1:9 error non-ascii-id '服务' is not a valid ID/m);
});

test('a micro sign after a number is part of the quantity: an unknown unit, not a word that breaks the block', () => {
  const file = parse('service a { timeout: 5µs }\n');
  assert.equal(file.errors.length, 1);
  assert.match(file.errors[0].message, /^Unknown unit 'µs' in '5µs'\./);
  assert.deepEqual(file.errors[0].range, { start: { line: 0, character: 21 }, end: { line: 0, character: 24 } });
});
