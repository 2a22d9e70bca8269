// Which designs `render` and `export` draw and where each output goes: one file as before, or many into `-o DIR`.
import { mkdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { loadConfig } from './config';
import { expandPaths } from '../node/designFiles';
import { displayPath } from './findings';
import { UsageError, type Io } from './io';

export interface Target {
  /** The design, absolute. */
  design: string;
  /** How messages name it: as the user typed a single file, else relative to the working directory. */
  name: string;
  /** Where its output goes (absolute), or undefined for the command's single-file default (stdout). */
  output?: string;
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** One positional naming a file (or nothing that exists, so the read reports it): today's single-design behaviour. */
function namesOneFile(positionals: string[], cwd: string): boolean {
  return positionals.length === 1 && !picomatch.scan(positionals[0]).isGlob && !isDirectory(resolve(cwd, positionals[0]));
}

/** `design.sysd` → `DIR/design.EXT`. */
export function outputIn(directory: string, design: string, extension: string): string {
  return join(directory, `${basename(design, extname(design))}${extension}`);
}

/**
 * The designs named by files, directories and globs (expanded as `sysd check` does, minus the config's excludes).
 * A single file keeps `-o FILE` (or `-o DIR` if DIR exists); several designs need `-o DIR`, created when missing,
 * and each gets its base name with `extension`. Two designs with the same base name would overwrite each other: refused.
 */
export function designTargets(positionals: string[], output: string | undefined, extension: string, io: Io, command: string): Target[] {
  if (positionals.length === 0) throw new UsageError(`which design? Give .sysd files, directories or globs. Usage: sysd ${command} PATHS…`);
  if (namesOneFile(positionals, io.cwd)) {
    const design = resolve(io.cwd, positionals[0]);
    const name = positionals[0];
    if (output === undefined) return [{ design, name }];
    const out = resolve(io.cwd, output);
    return [{ design, name, output: isDirectory(out) ? outputIn(out, design, extension) : out }];
  }
  const loaded = loadConfig(io.cwd);
  const { files, missing, unmatched } = expandPaths(positionals, io.cwd, [{ base: loaded.base, patterns: loaded.config.exclude }]);
  for (const path of missing) io.err(`sysd ${command}: cannot read '${path}': no such file or directory.\n`);
  for (const pattern of unmatched) io.err(`sysd ${command}: no .sysd files match '${pattern}'.\n`);
  if (missing.length > 0 || unmatched.length > 0) throw new UsageError('nothing was written.');
  if (files.length === 0) throw new UsageError(`no .sysd files found in ${positionals.map((p) => `'${p}'`).join(', ')}.`);
  if (output === undefined) throw new UsageError(`several designs, a directory or a glob need -o DIR: one ${extension} per design is written there (found ${files.length}).`);
  const directory = resolve(io.cwd, output);
  try {
    mkdirSync(directory, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create the output directory '${output}': ${(error as Error).message}`);
  }
  const targets = files.map((design) => ({ design, name: displayPath(io.cwd, design), output: outputIn(directory, design, extension) }));
  const seen = new Map<string, string>();
  for (const { design, output: out } of targets) {
    const earlier = seen.get(out);
    if (earlier) {
      const [a, b, o] = [earlier, design, out].map((p) => displayPath(io.cwd, p));
      throw new UsageError(`'${a}' and '${b}' would both be written to '${o}'; give them separate runs with different -o directories.`);
    }
    seen.set(out, design);
  }
  return targets;
}
