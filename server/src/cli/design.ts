// Loads one design file for the commands that work on a single design (export, estimate).
import { resolve } from 'node:path';
import { analyze, type Analysis } from '../language/analysis';
import { fileSystemHost, ParseCache, toPath, toUri } from '../language/host';
import { loadConfig } from './config';
import { displayPath } from './findings';
import { formatDiagnostic } from './check';
import { UsageError, type Io } from './io';
import { readDesignText } from './read';

/** The text of FILE; throws UsageError (one line: missing, a directory, no permission, binary) when it cannot be used. */
export function readDesign(file: string, io: Io): { uri: string; text: string } {
  const path = resolve(io.cwd, file);
  const read = readDesignText(path);
  if (!read.ok) throw new UsageError(`cannot read '${file}': ${read.reason}.`);
  return { uri: toUri(path), text: read.text };
}

/** Analyses FILE (with the nearest config); throws UsageError when it cannot be read. */
export function loadDesign(file: string | undefined, io: Io, command: string): Analysis {
  if (file === undefined) throw new UsageError(`missing the design FILE. Usage: sysd ${command} FILE`);
  const { uri, text } = readDesign(file, io);
  return analyzeDesignText(uri, text, io.cwd);
}

/** Analyses a design's text as the file `uri` (its imports read from disk) with the config nearest to `cwd`. */
export function analyzeDesignText(uri: string, text: string, cwd: string): Analysis {
  const { config } = loadConfig(cwd);
  return analyze(uri, fileSystemHost((u) => (u === uri ? text : undefined), new ParseCache()), config);
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
