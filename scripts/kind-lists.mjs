// Writes the component-kind lists that live outside TypeScript (the TextMate grammar, the JSON export's schema) from
// the kind descriptors in server/src/language/kinds/. Run by `npm run build`; tests/unit/kinds.test.ts fails when stale.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each generated list: the file, and how the list sits in it (the rest of the file is hand-written). */
const LISTS = [
  {
    file: 'syntaxes/sysd.tmLanguage.json',
    // The `component` rule's first capture: a kind keyword.
    pattern: /("component": \{\s*"match": "\(\?<!\[A-Za-z0-9_-\]\)\()([a-z|]+)(\))/,
    list: (kinds) => kinds.join('|'),
  },
  {
    file: 'schemas/model.schema.json',
    // A component's `kind` (the only enum that lists client).
    pattern: /("kind": \{ "enum": \[)("client"[^\]]*)(\] \})/,
    list: (kinds) => kinds.map((kind) => JSON.stringify(kind)).join(', '),
  },
];

/** Every generated file's expected text for these kind names: [path from the root, text]. */
export function kindListSources(kinds) {
  return LISTS.map(({ file, pattern, list }) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    if (!pattern.test(text)) throw new Error(`${file}: the kind list is not where scripts/kind-lists.mjs looks for it`);
    return [file, text.replace(pattern, (_m, before, _old, after) => `${before}${list(kinds)}${after}`)];
  });
}

/** The kind names, in the descriptors' order: the index bundled on the fly (it is TypeScript). */
export async function kindNames() {
  const { outputFiles } = await build({
    entryPoints: [path.join(ROOT, 'server/src/language/kinds/index.ts')], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return module.KINDS.map((kind) => kind.name);
}

/** Rewrites the files whose list is out of date; returns those it wrote. */
export async function writeKindLists() {
  const written = [];
  for (const [file, text] of kindListSources(await kindNames())) {
    if (readFileSync(path.join(ROOT, file), 'utf8') === text) continue;
    writeFileSync(path.join(ROOT, file), text);
    written.push(file);
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = await writeKindLists();
  console.log(written.length ? `wrote ${written.join(', ')}` : 'kind lists are current');
}
