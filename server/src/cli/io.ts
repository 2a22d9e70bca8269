// What a CLI command talks to: output streams and the exit codes every command shares.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  isTty: boolean;
}

export interface CommandResult {
  exitCode: number;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export function nodeIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
  };
}
