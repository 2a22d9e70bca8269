// `sysd check`: analyse designs and print `file:line:col severity code message`; exit 1 on errors.
import { relative } from 'node:path';
import { analyze } from '../language/analysis';
import type { Diagnostic } from '../language/diagnostics';
import { fileSystemHost, ParseCache, toUri } from '../language/host';
import { expandPaths } from './files';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CommandResult, type Io } from './io';

const HELP = `Usage: sysd check [PATHS…]

Checks .sysd designs (files, or directories searched recursively) for syntax, schema and
best-practice problems. Prints one line per finding: file:line:col severity code message.
Exit code: 0 clean, 1 errors found, 2 usage or I/O error.
`;

export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const { line, character } = diagnostic.range.start;
  return `${file}:${line + 1}:${character + 1} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`;
}

export async function runCheck(args: string[], io: Io): Promise<CommandResult> {
  if (args.includes('-h') || args.includes('--help')) {
    io.out(HELP);
    return { exitCode: EXIT_OK };
  }
  const unknown = args.find((arg) => arg.startsWith('-'));
  if (unknown) {
    io.err(`sysd check: unknown option '${unknown}'.\n${HELP}`);
    return { exitCode: EXIT_USAGE };
  }
  const { files, missing } = expandPaths(args.length > 0 ? args : ['.'], io.cwd);
  for (const path of missing) io.err(`sysd check: cannot read '${path}': no such file or directory.\n`);
  if (missing.length > 0) return { exitCode: EXIT_USAGE };
  if (files.length === 0) {
    io.err('sysd check: no .sysd files found.\n');
    return { exitCode: EXIT_USAGE };
  }
  const host = fileSystemHost(undefined, new ParseCache());
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const analysis = analyze(toUri(file), host);
    for (const diagnostic of analysis.diagnostics) {
      if (diagnostic.severity === 'error') errors++;
      if (diagnostic.severity === 'warning') warnings++;
      io.out(`${formatDiagnostic(relative(io.cwd, file) || file, diagnostic)}\n`);
    }
  }
  io.err(`${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.\n`);
  return { exitCode: errors > 0 ? EXIT_FINDINGS : EXIT_OK };
}
