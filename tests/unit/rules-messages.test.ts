// Rule messages quote the guide's reason from its first word: a number like 99.99% never splits a sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guideReasons } from '../../server/src/language/docs/guide';
import { RULE_IDS } from '../../server/src/language/rules/ids';
import { reasonOf } from '../../server/src/language/rules/message';

test('each rule message quotes whole sentences from the start of its guide reason', () => {
  for (const id of RULE_IDS) {
    const reason = reasonOf(id);
    assert.ok(reason.length > 20, `${id} has a reason`);
    assert.ok(guideReasons[id].startsWith(reason), `${id}: "${reason}" is not the start of its guide reason`);
    assert.match(reason, /[.!?]$/, `${id}: the quoted reason ends a sentence`);
  }
});
