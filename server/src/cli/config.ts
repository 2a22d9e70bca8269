// The sysd.config.json the command line uses: the shared lookup (language/config.ts) over the disk, with a usage error
// for a file that is there but cannot be read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { nearestConfig, parseConfigFile } from '../language/config';
import type { Diagnostic } from '../language/diagnostics';
import { toPath, toUri } from '../language/host';
import type { SysdConfig } from '../language/schema';
import { UsageError } from './io';

export interface LoadedConfig {
  config: SysdConfig;
  /** The file read, if any (absolute). */
  path?: string;
  /** Directory the config's `exclude` patterns are relative to. */
  base: string;
  diagnostics: Diagnostic[];
  /** The file found is there but could not be read (a directory, no permission). */
  unreadable?: boolean;
}

function readFile(path: string, named: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read config file '${named}': no such file or not readable.`);
  }
}

/** The nearest sysd.config.json from `dir` up: what the language server finds for a design in `dir`. */
export function loadConfigNear(dir: string): LoadedConfig {
  let unreadable = false;
  // A config file on disk: undefined when there is none at `uri`; one that is there but cannot be read stops the search.
  const readOnDisk = (uri: string): string | undefined => {
    const path = toPath(uri);
    if (!existsSync(path)) return undefined;
    try {
      return readFileSync(path, 'utf8');
    } catch {
      unreadable = true;
      return '{}';
    }
  };
  const found = nearestConfig(toUri(dir).replace(/\/?$/, '/'), readOnDisk);
  const path = found.uri && toPath(found.uri);
  if (unreadable) return { config: found.config, path, base: dirname(path ?? dir), diagnostics: [], unreadable };
  return { config: found.config, ...(path ? { path } : {}), base: path ? dirname(path) : dir, diagnostics: found.diagnostics };
}

/** `--config FILE` when given (it must exist), else the nearest sysd.config.json from the working directory up. */
export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  if (explicit === undefined) {
    const near = loadConfigNear(cwd);
    if (near.unreadable) throw new UsageError(`cannot read config file '${near.path}': no such file or not readable.`);
    return near;
  }
  const path = resolve(cwd, explicit);
  const { config, diagnostics } = parseConfigFile(readFile(path, explicit), toUri(path));
  return { config, path, base: dirname(path), diagnostics };
}
