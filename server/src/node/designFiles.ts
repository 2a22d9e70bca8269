// Finds the .sysd files under paths, directories and globs, minus gitignore-style excludes (node side: the CLI's arguments, the server's import completion).
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

export interface ExpandedPaths {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Arguments that named no file or directory. */
  missing: string[];
  /** Glob arguments that matched no .sysd file. */
  unmatched: string[];
}

/** Exclude patterns with the directory they are relative to (the config file's, or the working directory). */
export interface ExcludeSet {
  base: string;
  patterns: string[];
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

class Excluder {
  private readonly matchers: Array<{ base: string; ignore: Ignore }>;

  constructor(sets: ExcludeSet[]) {
    this.matchers = sets.filter((set) => set.patterns.length > 0).map((set) => ({ base: set.base, ignore: ignore().add(set.patterns) }));
  }

  /** Whether `path` (absolute) is excluded; directories are tested with a trailing slash, as gitignore does. */
  excludes(path: string, directory = false): boolean {
    return this.matchers.some(({ base, ignore: matcher }) => {
      const rel = relative(base, path);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
      const posix = rel.split(sep).join('/');
      return matcher.ignores(directory ? `${posix}/` : posix);
    });
  }
}

/** Every `*.sysd` under `directory` that `accept` takes, skipping tool folders and excluded directories. */
function walk(directory: string, excluder: Excluder, files: string[], accept: (path: string) => boolean = () => true): void {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !excluder.excludes(path, true)) walk(path, excluder, files, accept);
    } else if (entry.name.endsWith('.sysd') && !excluder.excludes(path) && accept(path)) {
      files.push(path);
    }
  }
}

/** Expands a glob by walking from its static base (`designs/` in `designs/**\/*.sysd`) and matching what is found. */
function expandGlob(pattern: string, cwd: string, excluder: Excluder): string[] {
  const posix = pattern.split(sep).join('/');
  const { base } = picomatch.scan(posix);
  const root = resolve(cwd, base || '.');
  const matches = picomatch(posix.replace(/^\.\//, ''), { dot: false });
  const found: string[] = [];
  walk(root, excluder, found, (path) => matches(relative(cwd, path).split(sep).join('/')) || (isAbsolute(posix) && matches(path.split(sep).join('/'))));
  return found;
}

/**
 * Files are checked as named, even when an exclude matches them (naming a file is a deliberate choice);
 * directories are searched recursively for `*.sysd` and globs are expanded, both minus the excludes.
 */
export function expandPaths(paths: string[], cwd: string, excludes: ExcludeSet[] = []): ExpandedPaths {
  const excluder = new Excluder(excludes);
  const files: string[] = [];
  const missing: string[] = [];
  const unmatched: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      if (picomatch.scan(path).isGlob) {
        const matches = expandGlob(path, cwd, excluder);
        if (matches.length === 0) unmatched.push(path);
        files.push(...matches);
      } else {
        missing.push(path);
      }
      continue;
    }
    if (stats.isDirectory()) walk(absolute, excluder, files);
    else files.push(absolute);
  }
  return { files: [...new Set(files)].sort(), missing, unmatched };
}
