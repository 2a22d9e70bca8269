// How an `import` names another design: a path relative to the importing file that always starts with `./` or `../`.

/** A relative path with `/` separators as an import writes it: `shared/data.sysd` → `./shared/data.sysd`. */
export function asImportPath(relativePath: string): string {
  return relativePath.startsWith('../') ? relativePath : `./${relativePath}`;
}

/** A URI with its percent-escapes decoded (kept as it is when they are malformed). */
export const decodedUri = (uri: string) => {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
};

/** The import path from one document to another design of the same workspace: `./shared/data.sysd`, `../common.sysd`. */
export function relativeImportPath(fromUri: string, toUri: string): string | undefined {
  const from = new URL(fromUri);
  const to = new URL(toUri);
  if (from.protocol !== to.protocol || from.host !== to.host) return undefined;
  const fromDir = from.pathname.split('/').slice(0, -1);
  const target = to.pathname.split('/');
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  const path = [...fromDir.slice(common).map(() => '..'), ...target.slice(common)].map(decodedUri).join('/');
  return asImportPath(path);
}
