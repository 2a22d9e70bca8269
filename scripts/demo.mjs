// The main job (after `npm run package`): check every example and render each to SVG, PNG and Mermaid under dist/demo/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';

const cli = (...args) => execFileSync(process.execPath, ['dist/cli/sysd.cjs', ...args], { stdio: 'inherit' });
const examples = readdirSync('examples').filter((f) => f.endsWith('.sysd')).sort();

cli('check', 'examples');
mkdirSync('dist/demo', { recursive: true });
for (const example of examples) {
  const name = example.replace(/\.sysd$/, '');
  cli('render', `examples/${example}`, '-o', `dist/demo/${name}.svg`);
  cli('render', `examples/${example}`, '-o', `dist/demo/${name}.png`);
  cli('export', `examples/${example}`, '--format', 'mermaid', '-o', `dist/demo/${name}.mmd`);
}
console.log(`demo: ${examples.length} examples checked and rendered into dist/demo/; the extension is dist/sysd.vsix`);
