// What a CLI command talks to: output streams, environment, and the exit codes every command shares.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Whether stdout is a terminal (colour, and no machine-readable output expected). */
  isTty: boolean;
  /** Environment variables consulted (NO_COLOR, FORCE_COLOR); defaults to none. */
  env?: Record<string, string | undefined>;
}

export interface CommandResult {
  exitCode: number;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A problem the user can fix (bad flag, missing file, unreadable config): printed without a stack trace, exit 2. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

/** Runs one command: a problem the user can fix is one clear line and exit code 2; anything else is a bug and propagates. */
export async function runCommand(name: string, run: (args: string[], io: Io) => Promise<CommandResult>, args: string[], io: Io): Promise<number> {
  try {
    return (await run(args, io)).exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`sysd ${name}: ${error.message}\nRun 'sysd ${name} --help' for usage.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** Sets the process's exit code from a run; a bug still gets one line, no stack trace. */
export function exitWith(run: Promise<number>): void {
  run.then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      process.stderr.write(`sysd: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

export function nodeIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

/** A command's text result: into `output` (relative to the working directory) when given, else to stdout. */
export function emit(io: Io, text: string, output: string | undefined): void {
  if (!output) {
    io.out(text);
    return;
  }
  try {
    writeFileSync(resolve(io.cwd, output), text);
  } catch (error) {
    throw new UsageError(`cannot write '${output}': ${(error as Error).message}`);
  }
}
