// The incremental parse: an edit inside one statement re-parses that statement alone and equals a full parse.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeBetween, reparse } from '../../server/src/language/incrementalParse';
import { parse } from '../../server/src/language/parser';

const BEFORE = 'design "Shop"\nservice api "API" { capacity: 800/s }\n// a note\ndatabase db { engine: postgres }\napi -> db\n';

function edited(before: string, after: string) {
  return reparse(parse(before), before, after, changeBetween(before, after));
}

test('typing into a label re-parses one statement and shifts the ones after it', () => {
  const after = BEFORE.replace('"API"', '"API x"');
  const result = edited(BEFORE, after);
  assert.ok(result, 'the edit was scoped to one statement');
  assert.deepEqual(result, parse(after));
});

test('a line break inside a block moves every later line', () => {
  const after = BEFORE.replace('{ capacity', '{\n  capacity');
  const result = edited(BEFORE, after);
  assert.ok(result);
  assert.deepEqual(result, parse(after));
});

test('an edit between statements, or one that breaks the syntax, is left to a full parse', () => {
  assert.equal(edited(BEFORE, BEFORE.replace('// a note', '// a longer note')), undefined);
  assert.equal(edited(BEFORE, BEFORE.replace('capacity: 800/s }', 'capacity: 800/s ')), undefined);
  assert.equal(edited(BEFORE, BEFORE.replace('"API"', '"API')), undefined);
});

test('the shortest change between two texts', () => {
  assert.deepEqual(changeBetween('abcdef', 'abXdef'), { offset: 2, removed: 1, inserted: 'X' });
  assert.deepEqual(changeBetween('abc', 'abc'), { offset: 3, removed: 0, inserted: '' });
  assert.deepEqual(changeBetween('aaa', 'aaaa'), { offset: 3, removed: 0, inserted: 'a' });
});
