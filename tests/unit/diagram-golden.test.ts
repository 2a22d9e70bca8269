// Golden SVGs: each example drawn exactly as before (ids and order are stable). Regenerate with SYSD_UPDATE_SVG=1.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { renderDiagram, type RenderOptions } from '../../server/src/diagram/index';
import { diagramOfFile, EXAMPLES, FIXTURES, ROOT } from './diagram-support';

const GOLDEN = path.join(ROOT, 'tests/fixtures/svg');
const UPDATE = process.env.SYSD_UPDATE_SVG === '1';

const CASES: Array<{ name: string; file: string; options?: RenderOptions }> = [
  ...EXAMPLES,
  ...['every-kind', 'groups', 'hostile'].map((name) => ({ name, file: path.join(FIXTURES, `${name}.sysd`) })),
  { name: 'url-shortener.down.dark', file: EXAMPLES[0].file, options: { direction: 'down', theme: 'dark' } },
];

for (const { name, file, options } of CASES) {
  test(`${name}.svg matches its golden copy`, async () => {
    const { svg } = await renderDiagram(diagramOfFile(file), options);
    const golden = path.join(GOLDEN, `${name}.svg`);
    if (UPDATE || !existsSync(golden)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(golden, `${svg}\n`);
      if (!UPDATE) assert.fail(`${golden} did not exist: written now, check it and commit it`);
      return;
    }
    assert.equal(`${svg}\n`, readFileSync(golden, 'utf8'), `${name} changed: if on purpose, run SYSD_UPDATE_SVG=1 npm run test:unit`);
  });
}
