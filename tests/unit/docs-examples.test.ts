// The designs users read first stay honest: every example and the README's design check clean and are formatted.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../../server/src/language/analysis';
import { formatText } from '../../server/src/language/format';

const root = new URL('../../', import.meta.url);

function designs(): Array<[string, string]> {
  const examples = readdirSync(new URL('examples/', root))
    .filter((f) => f.endsWith('.sysd'))
    .map((f): [string, string] => [`examples/${f}`, readFileSync(new URL(`examples/${f}`, root), 'utf8')]);
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const block = /```sysd\n([\s\S]*?)```/.exec(readme);
  assert.ok(block, 'the README shows a design');
  return [...examples, ['README.md', block[1]]];
}

for (const [name, text] of designs()) {
  test(`${name} has no findings at any severity`, () => {
    const uri = `file:///${name}`;
    const analysis = analyze(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_from, path) => path });
    assert.deepEqual(analysis.diagnostics.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`), []);
  });

  test(`${name} is canonically formatted`, () => {
    assert.equal(formatText(text), text);
  });
}
