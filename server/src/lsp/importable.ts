// The .sysd files an `import` in a document could name: every design under the workspace folder, as relative paths.
import { dirname, relative, sep } from 'node:path';
import { toPath, toUri } from '../language/host';
import type { ImportableFile } from '../language/completion';
import { asImportPath } from '../language/importPaths';
import { expandPaths } from '../node/designFiles';

/** The CLI's directory walk (it skips node_modules, .git, dist); a document outside any folder looks beside itself. */
export function importableFiles(documentUri: string, workspaceFolders: readonly string[]): ImportableFile[] {
  if (!documentUri.startsWith('file:')) return [];
  const documentPath = toPath(documentUri);
  const folder = workspaceFolders.map(toPath).find((root) => documentPath.startsWith(root + sep)) ?? dirname(documentPath);
  return expandPaths([folder], folder).files.map((file) => {
    const path = relative(dirname(documentPath), file).split(sep).join('/');
    return { path: asImportPath(path), uri: toUri(file) };
  });
}
