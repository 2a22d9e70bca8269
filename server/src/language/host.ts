// A SourceHost over the file system, with a parse cache keyed by file content (CLI, the desktop language server).
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SourceHost } from './model';
import { cachedSourceHost, ParseCache } from './parseCache';

export { ParseCache } from './parseCache';

export function toUri(path: string): string {
  return pathToFileURL(path).href;
}

export function toPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

export function readFromDisk(uri: string): string | undefined {
  try {
    return readFileSync(toPath(uri), 'utf8');
  } catch {
    return undefined;
  }
}

export function fileSystemHost(overrides: (uri: string) => string | undefined = () => undefined, cache = new ParseCache()): SourceHost {
  return cachedSourceHost((uri) => overrides(uri) ?? readFromDisk(uri), cache);
}
