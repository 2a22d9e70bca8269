// The layers' import rules, read from the sources: lsp/ never reaches into cli/, and the core knows neither of them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../server/src');

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every module a file imports (static `import … from`, `export … from`, dynamic `import()`), as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
}

/** The imports of the files under `layer` that land in one of `forbidden` (folders of server/src) or name a forbidden package. */
function violations(layer: string, forbidden: string[], packages: RegExp = /^$/): string[] {
  const found: string[] = [];
  for (const file of sourcesUnder(join(SRC, layer))) {
    for (const specifier of importsOf(file)) {
      const target = specifier.startsWith('.') ? relative(SRC, resolve(dirname(file), specifier)).split('\\').join('/') : undefined;
      const bad = target ? forbidden.some((folder) => target === folder || target.startsWith(`${folder}/`)) : packages.test(specifier);
      if (bad) found.push(`${relative(SRC, file)} imports ${specifier}`);
    }
  }
  return found;
}

test('the scan sees the imports it checks (a file of lsp/ imports the core)', () => {
  assert.ok(importsOf(join(SRC, 'lsp/workspace.ts')).includes('../language/analysis'));
});

test('no file of lsp/ imports cli/', () => {
  assert.deepEqual(violations('lsp', ['cli']), []);
});

test('language/ and diagram/ import neither lsp/, cli/ nor vscode', () => {
  const editorPackages = /^(vscode|vscode-languageserver|vscode-languageclient)(\/|$)/;
  assert.deepEqual(violations('language', ['lsp', 'cli', 'node'], editorPackages), []);
  assert.deepEqual(violations('diagram', ['lsp', 'cli', 'node'], editorPackages), []);
});
