// `sysd fmt`: rewrites designs in their canonical format, or with --check lists the files that are not.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { formatText } from '../language/format';
import { parse } from '../language/parser';
import { expandPaths } from '../node/designFiles';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CommandResult, type Io } from './io';
import { readDesignText } from './read';

const HELP = `Usage: sysd fmt [--check] [PATHS…]

Formats .sysd designs (files, or directories searched recursively; default: the current
directory) in place: 2-space indentation, one statement per line, every comment kept.
Files with syntax errors are reported and left untouched.

Options:
  --check      write nothing; list the files that are not formatted and exit 1 if any
  -h, --help   show this help

Exit code: 0 all formatted, 1 (--check) some files need formatting, 2 usage, I/O or syntax error.
`;

function files(count: number): string {
  return `${count} file${count === 1 ? '' : 's'}`;
}

export async function runFmt(args: string[], io: Io): Promise<CommandResult> {
  if (args.includes('-h') || args.includes('--help')) {
    io.out(HELP);
    return { exitCode: EXIT_OK };
  }
  const check = args.includes('--check');
  const unknown = args.find((arg) => arg.startsWith('-') && arg !== '--check');
  if (unknown) {
    io.err(`sysd fmt: unknown option '${unknown}'.\n${HELP}`);
    return { exitCode: EXIT_USAGE };
  }
  const paths = args.filter((arg) => arg !== '--check');
  const expanded = expandPaths(paths.length > 0 ? paths : ['.'], io.cwd);
  const unmatched = (expanded as { unmatched?: string[] }).unmatched ?? [];
  for (const path of [...expanded.missing, ...unmatched]) io.err(`sysd fmt: cannot read '${path}': no such file or directory.\n`);
  if (expanded.missing.length > 0 || unmatched.length > 0) return { exitCode: EXIT_USAGE };
  if (expanded.files.length === 0) {
    io.err('sysd fmt: no .sysd files found.\n');
    return { exitCode: EXIT_USAGE };
  }

  let failed = false;
  const unformatted: string[] = [];
  let rewritten = 0;
  let skipped = 0;
  let unreadable = 0;
  for (const file of expanded.files) {
    const shown = relative(io.cwd, file) || file;
    const read = readDesignText(file);
    if (!read.ok) {
      io.err(`sysd fmt: cannot read '${shown}': ${read.reason}.\n`);
      failed = true;
      unreadable++;
      continue;
    }
    const text = read.text;
    const errors = parse(text).errors;
    if (errors.length > 0) {
      const { line, character } = errors[0].range.start;
      io.err(`${shown}:${line + 1}:${character + 1} syntax error, skipped: ${errors[0].message}\n`);
      failed = true;
      skipped++;
      continue;
    }
    const formatted = formatText(text);
    if (formatted === text) continue;
    if (check) {
      unformatted.push(shown);
      io.out(`${shown}\n`);
      continue;
    }
    try {
      writeFileSync(file, formatted);
      rewritten++;
    } catch (error) {
      io.err(`sysd fmt: cannot write '${shown}': ${(error as NodeJS.ErrnoException).code ?? String(error)}.\n`);
      failed = true;
    }
  }
  const count = expanded.files.length;
  // Skipped and unreadable files were never looked at: counting them as formatted would tell the user all is well.
  const formatted = count - unformatted.length - skipped - unreadable;
  const summary: string[] = [];
  if (!check) summary.push(`${rewritten} of ${files(count)} reformatted.`);
  else if (unformatted.length > 0) summary.push(`${unformatted.length} of ${files(count)} need formatting: run 'sysd fmt' to fix.`);
  else if (formatted > 0) summary.push(`${files(formatted)} already formatted.`);
  if (skipped > 0) summary.push(`${files(skipped)} skipped (syntax errors).`);
  if (unreadable > 0) summary.push(`${files(unreadable)} could not be read.`);
  io.err(`${summary.join('\n')}\n`);
  if (failed) return { exitCode: EXIT_USAGE };
  return { exitCode: unformatted.length > 0 ? EXIT_FINDINGS : EXIT_OK };
}
