// Expands the command line's paths into .sysd files: directories recurse, missing paths are reported.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface ExpandedPaths {
  files: string[];
  missing: string[];
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

function walk(directory: string, files: string[]): void {
  for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path, files);
    } else if (entry.name.endsWith('.sysd')) {
      files.push(path);
    }
  }
}

export function expandPaths(paths: string[], cwd: string): ExpandedPaths {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      missing.push(path);
      continue;
    }
    if (stats.isDirectory()) walk(absolute, files);
    else files.push(absolute);
  }
  return { files: [...new Set(files)], missing };
}
