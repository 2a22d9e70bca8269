// The generated rule lists are current, and a rule is one file: a new file in the rules folder plus its doc page is all it takes.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../server/src/language/rules/registry';
// @ts-expect-error: a plain .mjs build script, no types needed to call it.
import { generate, OUTPUTS } from '../../scripts/rules-registry.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outputs = OUTPUTS as Record<'registry' | 'ids' | 'docs' | 'schema' | 'readme', string>;

test('the generated registry, id list, config schema, docs index and README table are current (run `npm run build` after changing a rule)', () => {
  for (const [file, text] of Object.entries(generate() as Record<string, string>)) {
    assert.equal(readFileSync(path.join(root, file), 'utf8'), text, `${file} is stale`);
  }
});

test('one more rule file and its doc page are enough: the registry, the ids, the config enum, the docs index and the README table list it', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'sysd-rules-'));
  try {
    for (const part of ['server/src/language/rules', 'docs/rules', 'schemas', 'README.md']) cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
    const before = generate(copy) as Record<string, string>;
    writeFileSync(path.join(copy, 'server/src/language/rules/aaa-new-rule.ts'), [
      "// Rule aaa-new-rule: a test rule.",
      "import { defineRule } from './define';",
      '',
      'export const rule = defineRule({',
      '  meta: {',
      "    id: 'aaa-new-rule',",
      "    category: 'reliability',",
      "    severity: 'info',",
      "    description: 'A rule only this test has, with `code` and {braces}.',",
      '  },',
      '  check() {',
      '    return [];',
      '  },',
      '});',
      '',
    ].join('\n'));
    // A helper beside the rules (no `rule` export) is not a rule.
    writeFileSync(path.join(copy, 'server/src/language/rules/helper.ts'), 'export const two = 2;\n');
    mkdirSync(path.join(copy, 'docs/rules'), { recursive: true });
    writeFileSync(path.join(copy, 'docs/rules/aaa-new-rule.md'), '# aaa-new-rule\n\nA test page.\n');
    const after = generate(copy) as Record<string, string>;

    assert.match(after[outputs.registry], /import \{ rule as aaaNewRule \} from '\.\/aaa-new-rule';/);
    assert.match(after[outputs.registry], /RULES: readonly RuleDefinition\[\] = \[\n {2}aaaNewRule,\n/, 'first: sorted by id');
    assert.doesNotMatch(after[outputs.registry], /helper/);
    assert.match(after[outputs.ids], /RULE_IDS = \[\n {2}"aaa-new-rule",\n/);
    assert.equal(after[outputs.ids].split('\n').filter((line) => line.startsWith('  "')).length,
      before[outputs.ids].split('\n').filter((line) => line.startsWith('  "')).length + 1);
    assert.match(after[outputs.docs], /"aaa-new-rule": "# aaa-new-rule\\n\\nA test page\.\\n",/);
    const rules = JSON.parse(after[outputs.schema]).properties.rules.properties as Record<string, { enum: string[]; description: string }>;
    assert.deepEqual(rules['aaa-new-rule'], {
      enum: ['off', 'hint', 'info', 'warning', 'error'],
      description: 'A rule only this test has, with `code` and {braces}. (reliability, default info)',
      markdownDescription: 'A rule only this test has, with `code` and {braces}. Default: `info`. See [docs/rules/aaa-new-rule.md](https://github.com/sysd-dev/sysd/blob/main/docs/rules/aaa-new-rule.md).',
    });
    assert.equal(Object.keys(rules)[0], 'aaa-new-rule');
    assert.match(after[outputs.readme], /\| --- \|\n\| \[`aaa-new-rule`\]\(docs\/rules\/aaa-new-rule\.md\) \| reliability \| info \| — \|\n\| \[`cache-without-expiry`\]/);
    assert.deepEqual(Object.keys(rules).slice(-3), ['unknown-rule', 'unused-allow', 'allow-without-reason'], 'the non-rule codes stay');

    rmSync(path.join(copy, 'docs/rules/aaa-new-rule.md'));
    assert.throws(() => generate(copy), /rule 'aaa-new-rule' has no doc page docs\/rules\/aaa-new-rule\.md/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('every rule has its own test table, tests/unit/rules/<id>.test.ts', () => {
  const missing = RULES.filter((rule) => !existsSync(path.join(root, 'tests/unit/rules', `${rule.id}.test.ts`))).map((rule) => rule.id);
  assert.deepEqual(missing, []);
});
