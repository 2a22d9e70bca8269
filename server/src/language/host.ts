// A SourceHost over the file system, with a parse cache keyed by file content (CLI, server fallback).
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SysdFile } from './ast';
import type { SourceHost } from './model';
import { parse } from './parser';

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

/** Reuses the parse of a file while its text is unchanged. */
export class ParseCache {
  private readonly entries = new Map<string, { text: string; file: SysdFile }>();

  parse(uri: string, text: string): SysdFile {
    const cached = this.entries.get(uri);
    if (cached && cached.text === text) return cached.file;
    const file = parse(text);
    this.entries.set(uri, { text, file });
    return file;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}

export function fileSystemHost(overrides: (uri: string) => string | undefined = () => undefined, cache = new ParseCache()): SourceHost {
  return {
    read: (uri) => overrides(uri) ?? readFromDisk(uri),
    resolve: (fromUri, path) => new URL(path, fromUri).href,
    parse: (uri, text) => cache.parse(uri, text),
  };
}
