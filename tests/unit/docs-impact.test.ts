// docs/impact.md's worked example cannot drift: its design is run through every `sysd impact` command the page shows,
// and the output must be the page's output block, character for character.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sysd, workspace } from './cli-support';

const page = readFileSync(new URL('../../docs/impact.md', import.meta.url), 'utf8');
const example = page.slice(page.indexOf('## A worked example'), page.indexOf('## In the editor'));
const design = /```sysd\n([\s\S]*?)```/.exec(example)?.[1];
const runs = [...example.matchAll(/```console\n\$ sysd (.*)\n([\s\S]*?)```/g)].map(([, command, output]) => ({ command, output }));

test('the worked example shows a design and at least four impact commands', () => {
  assert.ok(design, 'no ```sysd block in "A worked example"');
  assert.ok(runs.length >= 4, `only ${runs.length} console blocks`);
  assert.ok(runs.some((r) => r.command.includes('--spof')) && runs.some((r) => r.command.includes('--fail')));
});

for (const { command, output } of runs) {
  test(`docs/impact.md: \`sysd ${command}\` prints what the page shows`, async () => {
    const dir = workspace({ 'photos.sysd': design ?? '' });
    const result = await sysd(command.split(' '), dir);
    assert.equal(result.code, 0, result.err);
    assert.equal(result.out, output);
  });
}
