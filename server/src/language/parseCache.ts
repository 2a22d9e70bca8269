// Parses reused while a file's text is unchanged (and re-parsed per statement after an edit), and a SourceHost over any way of reading files (pure: disk or client).
import type { SysdFile } from './ast';
import { changeBetween, reparse } from './incrementalParse';
import type { SourceHost } from './model';
import { parse } from './parser';

/** Reuses the parse of a file while its text is unchanged; after an edit, the statements it did not touch. */
export class ParseCache {
  private readonly entries = new Map<string, { text: string; file: SysdFile }>();

  parse(uri: string, text: string): SysdFile {
    const cached = this.entries.get(uri);
    if (cached && cached.text === text) return cached.file;
    // The edit is found by comparing the texts, so every way a text changes (keystrokes, disk, fix-all) is covered.
    const file = (cached && reparse(cached.file, cached.text, text, changeBetween(cached.text, text))) || parse(text);
    this.entries.set(uri, { text, file });
    return file;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}

/** Imports resolve as URLs relative to the importing file, whatever the scheme (file:, vscode-vfs:, memfs:). */
export function resolveImport(fromUri: string, path: string): string {
  return new URL(path, fromUri).href;
}

export function cachedSourceHost(read: (uri: string) => string | undefined, cache = new ParseCache()): SourceHost {
  return { read, resolve: resolveImport, parse: (uri, text) => cache.parse(uri, text) };
}
