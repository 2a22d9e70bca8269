// Finds and reads the sysd.config.json the command line uses (the same parser as the language server).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, parseConfigFile } from '../language/config';
import type { Diagnostic } from '../language/diagnostics';
import { toUri } from '../language/host';
import { DEFAULT_CONFIG, type SysdConfig } from '../language/schema';
import { UsageError } from './io';

export interface LoadedConfig {
  config: SysdConfig;
  /** The file read, if any (absolute). */
  path?: string;
  /** Directory the config's `exclude` patterns are relative to. */
  base: string;
  diagnostics: Diagnostic[];
}

/** The nearest sysd.config.json in `startDir` or a folder above it. */
export function findConfigFile(startDir: string): string | undefined {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** `--config FILE` when given (it must exist), else the nearest sysd.config.json from the working directory up. */
export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  const path = explicit !== undefined ? resolve(cwd, explicit) : findConfigFile(cwd);
  if (path === undefined) return { config: DEFAULT_CONFIG, base: cwd, diagnostics: [] };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read config file '${explicit ?? path}': no such file or not readable.`);
  }
  const { config, diagnostics } = parseConfigFile(text, toUri(path));
  return { config, path, base: dirname(path), diagnostics };
}
