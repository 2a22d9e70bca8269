// Expands the command line's paths, directories and globs into .sysd files, minus gitignore-style excludes.
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';

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

function walk(directory: string, excluder: Excluder, files: string[]): void {
  for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !excluder.excludes(path, true)) walk(path, excluder, files);
    } else if (entry.name.endsWith('.sysd') && !excluder.excludes(path)) {
      files.push(path);
    }
  }
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
      if (isDynamicPattern(path)) {
        const matches = globSync(path, { cwd, absolute: true, onlyFiles: true, ignore: [...SKIPPED_DIRECTORIES].map((d) => `**/${d}/**`) })
          .map((match) => resolve(match))
          .filter((match) => match.endsWith('.sysd') && !excluder.excludes(match));
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
