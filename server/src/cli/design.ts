// Loads one design file for the commands that work on a single design (export, estimate).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, type Analysis } from '../language/analysis';
import { fileSystemHost, ParseCache, toPath, toUri } from '../language/host';
import { loadConfig } from './config';
import { displayPath } from './findings';
import { formatDiagnostic } from './check';
import { UsageError, type Io } from './io';

/** Analyses FILE (with the nearest config); throws UsageError when it is missing or a directory. */
export function loadDesign(file: string | undefined, io: Io, command: string): Analysis {
  if (file === undefined) throw new UsageError(`missing the design FILE. Usage: sysd ${command} FILE`);
  const path = resolve(io.cwd, file);
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UsageError(`cannot read '${file}': no such file or directory.`);
  }
  if (!isFile) throw new UsageError(`'${file}' is a directory: give one .sysd file.`);
  const { config } = loadConfig(io.cwd);
  return analyze(toUri(path), fileSystemHost(undefined, new ParseCache()), config);
}

/** Prints the design's errors to stderr; returns how many there were. */
export function reportErrors(analysis: Analysis, io: Io, command: string): number {
  const errors = analysis.model.diagnostics.filter((d) => d.severity === 'error');
  for (const error of errors) io.err(`${formatDiagnostic(displayPath(io.cwd, toPath(error.uri)), error)}\n`);
  if (errors.length > 0) {
    io.err(`sysd ${command}: the design has ${errors.length} error${errors.length === 1 ? '' : 's'}; the output shows what could be read.\n`);
  }
  return errors.length;
}
