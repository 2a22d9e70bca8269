// A rule's file says everything about it: a quick fix exactly when it claims to be fixable, its tags, whether fix-all may apply it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RULES } from '../../server/src/language/rules/registry';
import { analyzeText, fixesFor } from './rules-support';

test('a rule has a quickFix exactly when its metadata says it is fixable', () => {
  for (const rule of RULES) assert.equal(typeof rule.quickFix === 'function', rule.fixable, rule.id);
});

test('tags and the structural flag come from the rule file: an orphan is greyed out, and removing it is never automatic', () => {
  const text = 'design "D"\nservice api { instances: 2 }\nservice lonely { instances: 2 }\n';
  const orphans = analyzeText(text).diagnostics.filter((d) => d.code === 'orphan-component');
  assert.equal(orphans.length, 2);
  for (const orphan of orphans) {
    assert.deepEqual(orphan.tags, ['unnecessary']);
    const [remove] = fixesFor(text, orphan);
    assert.match(remove.title, /^Remove '/);
    assert.ok(!remove.automatic);
  }
  const untagged = RULES.filter((rule) => !rule.tags).map((rule) => rule.id);
  assert.equal(untagged.length, RULES.length - 1);
  assert.deepEqual(RULES.filter((rule) => rule.structural).map((rule) => rule.id).sort(),
    ['missing-load-balancer', 'missing-observability', 'orphan-component', 'read-heavy-without-cache']);
});
