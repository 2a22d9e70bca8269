// Lexer: every token kind, every unit form, kebab IDs vs arrows, comments and lexing errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lex } from '../../server/src/language/lexer';

const kinds = (text: string) => lex(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);

test('kebab-case IDs are one token, but a->b is three', () => {
  assert.deepEqual(kinds('clicks-dlq'), ['Identifier:clicks-dlq']);
  assert.deepEqual(kinds('a->b'), ['Identifier:a', 'SyncArrow:->', 'Identifier:b']);
  assert.deepEqual(kinds('a~>b'), ['Identifier:a', 'AsyncArrow:~>', 'Identifier:b']);
  assert.deepEqual(kinds('a<->b'), ['Identifier:a', 'DuplexArrow:<->', 'Identifier:b']);
  assert.deepEqual(kinds('url-cache2 _x a_b-c_d'), ['Identifier:url-cache2', 'Identifier:_x', 'Identifier:a_b-c_d']);
});

test('keywords are tokens of their own only as whole words', () => {
  assert.deepEqual(kinds('design scale group import true false'), [
    'Kw_design:design', 'Kw_scale:scale', 'Kw_group:group', 'Kw_import:import', 'Kw_true:true', 'Kw_false:false',
  ]);
  assert.deepEqual(kinds('service services service-a cache_x'), [
    'Kw_service:service', 'Identifier:services', 'Identifier:service-a', 'Identifier:cache_x',
  ]);
  for (const kind of ['client', 'cdn', 'loadbalancer', 'gateway', 'service', 'worker', 'function', 'database', 'cache', 'queue', 'topic', 'storage', 'search', 'external']) {
    assert.deepEqual(kinds(kind), [`Kw_${kind}:${kind}`]);
  }
});

test('every quantity form is one token', () => {
  const forms = ['3', '2.5', '1_000', '10M', '116k', '2K', '25B/day', '1G', '3T', '30s', '100ms', '5m', '5min', '1h', '30d', '2w', '5y',
    '500B', '91TB', '2GiB', '1KB', '3MB', '4GB', '6PB', '7KiB', '8MiB', '9TiB', '1PiB', '1160/s', '100M/day', '10/min', '5/h',
    '10Gbps', '100GB/day', '99.99%', '5x', '-1'];
  for (const form of forms) assert.deepEqual(kinds(form), [`Quantity:${form}`], form);
  assert.deepEqual(kinds('2..20'), ['Range:2..20']);
});

test('punctuation, strings and annotations', () => {
  assert.deepEqual(kinds('{ } [ ] ( ) : , ; @'), ['LCurly:{', 'RCurly:}', 'LSquare:[', 'RSquare:]', 'LParen:(', 'RParen:)', 'Colon::', 'Comma:,', 'Semicolon:;', 'At:@']);
  assert.deepEqual(kinds('"a \\"b\\" \\u{1F600}"'), ['String:"a \\"b\\" \\u{1F600}"']);
  assert.deepEqual(kinds('@allow(orphan-component, "why")'), ['At:@', 'Identifier:allow', 'LParen:(', 'Identifier:orphan-component', 'Comma:,', 'String:"why"', 'RParen:)']);
});

test('comments are kept aside, not parsed', () => {
  const result = lex('a // line\n/* block\n */ b');
  assert.deepEqual(result.tokens.map((t) => t.image), ['a', 'b']);
  assert.deepEqual(result.comments.map((t) => t.image), ['// line', '/* block\n */']);
  assert.deepEqual(result.errors, []);
});

test('lexing errors are positioned, never thrown', () => {
  const unterminated = lex('a\n  /* never closed');
  assert.equal(unterminated.errors.length, 1);
  assert.deepEqual(unterminated.errors[0].range.start, { line: 1, character: 2 });
  assert.match(unterminated.errors[0].message, /Unterminated block comment/);

  const badString = lex('x "open\ny');
  assert.match(badString.errors[0].message, /Unterminated string/);
  assert.deepEqual(badString.errors[0].range.start, { line: 0, character: 2 });

  const badChar = lex('a $ b');
  assert.match(badChar.errors[0].message, /Unexpected character '\$'/);
  assert.deepEqual(badChar.errors[0].range, { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } });
});
