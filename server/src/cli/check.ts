// `sysd check`: the design review for CI — analyse designs with the language server's core and report findings.
import { analyze } from '../language/analysis';
import { dirname } from 'node:path';
import type { Diagnostic, Severity } from '../language/diagnostics';
import { fileSystemHost, ParseCache, toPath, toUri } from '../language/host';
import { integerFlag, parseFlags } from './args';
import { applyBaseline, readBaseline, writeBaseline } from './baseline';
import { formatJson } from './checkJson';
import { formatSarif } from './checkSarif';
import { formatText } from './checkText';
import { readDesignText } from './read';
import { paint, useColor } from './color';
import { loadConfig, loadConfigNear, type LoadedConfig } from './config';
import { expandPaths } from '../node/designFiles';
import { displayPath, reportOf, type FileReport } from './findings';
import { emit, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CommandResult, type Io } from './io';
import { summarize, summaryLine } from './summary';

export const CHECK_HELP = `Usage: sysd check [options] [PATHS|GLOBS…]

Reviews .sysd designs for syntax, schema and best-practice problems, with the same
analysis as the language server. PATHS are files, directories (searched recursively
for *.sysd) or quoted globs ("designs/**/*.sysd"); the default is the current directory.

Options:
  -f, --format FORMAT      text (default), json or sarif
  -o, --output FILE        write the report to FILE instead of stdout
  -c, --config FILE        use this sysd.config.json (default: for each design the nearest one upward)
      --exclude PATTERN    skip files matching a gitignore-style pattern (repeatable)
      --severity LEVEL     report only findings at or above error|warning|info|hint (default hint)
      --max-warnings N     fail when more than N warnings are reported
      --baseline FILE      ignore findings recorded in FILE
      --write-baseline FILE  record the current findings in FILE and exit 0
      --color, --no-color  force or disable colours (default: on for a terminal)
  -h, --help               show this help

Exit codes: 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage or I/O error.
`;

const FLAGS = {
  format: { type: 'string', short: 'f', choices: ['text', 'json', 'sarif'] },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  exclude: { type: 'string', multiple: true },
  severity: { type: 'string', choices: ['error', 'warning', 'info', 'hint'] },
  'max-warnings': { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `file:line:col severity code message`, kept for callers that print a single core diagnostic. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const { line, character } = diagnostic.range.start;
  return `${file}:${line + 1}:${character + 1} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`;
}

export async function runCheck(args: string[], io: Io): Promise<CommandResult> {
  const { flags, positionals } = parseFlags(args, FLAGS);
  if (flags.help) {
    io.out(CHECK_HELP);
    return { exitCode: EXIT_OK };
  }
  const format = flags.format ?? 'text';
  const minimum = (flags.severity ?? 'hint') as Severity;
  const maxWarnings = integerFlag('max-warnings', flags['max-warnings']);
  if (flags.baseline && flags['write-baseline']) throw new UsageError('use either --baseline or --write-baseline, not both.');

  const loaded = loadConfig(io.cwd, flags.config);
  const configErrors = loaded.diagnostics.filter((d) => d.severity === 'error');
  for (const diagnostic of loaded.diagnostics) io.err(`${formatDiagnostic(displayPath(io.cwd, toPath(diagnostic.uri)), diagnostic)}\n`);
  if (configErrors.length > 0) {
    io.err(`sysd check: fix the configuration file '${displayPath(io.cwd, loaded.path ?? '')}' first.\n`);
    return { exitCode: EXIT_USAGE };
  }

  const { files, missing, unmatched } = expandPaths(positionals.length > 0 ? positionals : ['.'], io.cwd, [
    { base: loaded.base, patterns: loaded.config.exclude },
    { base: io.cwd, patterns: flags.exclude ?? [] },
  ]);
  for (const path of missing) io.err(`sysd check: cannot read '${path}': no such file or directory.\n`);
  for (const pattern of unmatched) io.err(`sysd check: no .sysd files match '${pattern}'.\n`);
  if (missing.length > 0 || unmatched.length > 0) return { exitCode: EXIT_USAGE };
  if (files.length === 0) {
    io.err('sysd check: no .sysd files found.\n');
    return { exitCode: EXIT_USAGE };
  }

  // Every named file is read up front: one that cannot be (no permission, an I/O error, binary) fails the run
  // before any report, instead of being checked as an empty design.
  const texts = new Map<string, string>();
  let unreadable = 0;
  for (const file of files) {
    const read = readDesignText(file);
    if (read.ok) texts.set(toUri(file), read.text);
    else {
      io.err(`sysd check: cannot read '${displayPath(io.cwd, file)}': ${read.reason}.\n`);
      unreadable++;
    }
  }
  if (unreadable > 0) return { exitCode: EXIT_USAGE };

  // Without --config each design gets the nearest sysd.config.json upward from its own folder, the file the
  // language server applies to it, so a folder with its own config is checked by its rules from anywhere.
  const nearest = new Map<string, LoadedConfig>(loaded.path ? [[loaded.path, loaded]] : []);
  const configOf = (file: string): LoadedConfig | undefined => {
    if (flags.config !== undefined) return loaded;
    const found = loadConfigNear(dirname(file));
    if (!found.path) return found;
    const known = nearest.get(found.path);
    if (known) return known;
    nearest.set(found.path, found);
    for (const diagnostic of found.diagnostics) io.err(`${formatDiagnostic(displayPath(io.cwd, toPath(diagnostic.uri)), diagnostic)}\n`);
    if (found.unreadable || found.diagnostics.some((d) => d.severity === 'error')) {
      io.err(`sysd check: fix the configuration file '${displayPath(io.cwd, found.path)}' first.\n`);
      return undefined;
    }
    return found;
  };
  const configs = files.map(configOf);
  if (configs.some((config) => config === undefined)) return { exitCode: EXIT_USAGE };

  const host = fileSystemHost((uri) => texts.get(uri), new ParseCache());
  const reports: FileReport[] = files.map((file, i) => reportOf(analyze(toUri(file), host, configs[i]!.config), io.cwd, minimum));

  let baselined = 0;
  if (flags['write-baseline']) {
    const recorded = writeBaseline(flags['write-baseline'], reports, io.cwd);
    io.err(`sysd check: recorded ${recorded} finding${recorded === 1 ? '' : 's'} in ${flags['write-baseline']}.\n`);
    baselined = applyBaseline(readBaseline(flags['write-baseline'], io.cwd), flags['write-baseline'], reports, io.cwd);
  } else if (flags.baseline) {
    baselined = applyBaseline(readBaseline(flags.baseline, io.cwd), flags.baseline, reports, io.cwd);
  }

  const summary = summarize(reports, baselined);
  const colors = paint(format === 'text' && useColor(io, flags, flags.output !== undefined));
  const report = format === 'json' ? formatJson(reports, summary)
    : format === 'sarif' ? formatSarif(reports, io.cwd)
    : formatText(reports, colors);
  emit(io, report, flags.output);
  io.err(`${summaryLine(summary)}\n`);
  const tooManyWarnings = maxWarnings !== undefined && summary.warnings > maxWarnings;
  if (tooManyWarnings) io.err(`sysd check: ${summary.warnings} warnings exceed --max-warnings ${maxWarnings}.\n`);
  return { exitCode: summary.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK };
}
