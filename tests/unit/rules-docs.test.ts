// The rule docs and the registry agree, every doc's examples behave as documented, and the examples/ designs are clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../server/src/language/analysis';
import { fileSystemHost, toUri } from '../../server/src/language/host';
import { RULE_IDS } from '../../server/src/language/rules/ids';
import { RULES } from '../../server/src/language/rules/registry';
// @ts-expect-error: a plain .mjs build script, no types needed to call it.
import { generate, OUTPUTS } from '../../scripts/rules-registry.mjs';
import { findings } from './rules-support';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const docsDir = path.join(root, 'docs/rules');

function header(markdown: string): { category: string; severity: string; fixable: boolean } {
  const match = /\*\*Category:\*\* (\w+) · \*\*Default severity:\*\* (\w+) · \*\*Quick fix:\*\* (yes|no)/.exec(markdown);
  assert.ok(match, 'the doc starts with the Category · Default severity · Quick fix line');
  return { category: match[1], severity: match[2], fixable: match[3] === 'yes' };
}

test('the registry holds every rule id once, sorted by id', () => {
  assert.deepEqual(RULES.map((r) => r.id), [...RULE_IDS]);
});

test('every rule has a doc page and every doc page a rule', () => {
  const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
  assert.deepEqual(pages, RULES.map((r) => r.id).sort());
});

test('the embedded docs are up to date with docs/rules (run `npm run build` after editing a doc)', () => {
  const generated = readFileSync(path.join(root, 'server/src/language/rules/docs.generated.ts'), 'utf8');
  assert.equal(generated, generate()[OUTPUTS.docs]);
  for (const rule of RULES) assert.equal(rule.docs, readFileSync(path.join(docsDir, `${rule.id}.md`), 'utf8'));
});

for (const rule of RULES) {
  test(`${rule.id}: the doc header matches the registry, and its Fires/Passes examples behave`, () => {
    const markdown = readFileSync(path.join(docsDir, `${rule.id}.md`), 'utf8');
    assert.ok(markdown.startsWith(`# ${rule.id}\n`));
    assert.deepEqual(header(markdown), { category: rule.category, severity: rule.severity, fixable: rule.fixable });
    const blocks = [...markdown.matchAll(/```sysd\n([\s\S]*?)```/g)].map((m) => m[1]);
    assert.equal(blocks.length, 2, 'a Fires and a Passes example');
    const [fires, passes] = blocks;
    assert.ok(markdown.indexOf('Fires:') < markdown.indexOf('Passes:'));
    assert.ok(findings(fires, rule.id).length > 0, 'the Fires example fires');
    assert.deepEqual(findings(passes, rule.id), [], 'the Passes example passes');
  });
}

test('every design in examples/ is clean under every rule (deliberate @allows aside)', () => {
  const examples = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.sysd'));
  assert.ok(examples.length > 0);
  const host = fileSystemHost();
  for (const example of examples) {
    const analysis = analyze(toUri(path.join(root, 'examples', example)), host);
    assert.deepEqual(analysis.diagnostics.map((d) => `${example}:${d.range.start.line + 1} ${d.code} ${d.message}`), []);
  }
});
