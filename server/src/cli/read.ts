// Reads a design file for a command, turning every way it can fail (missing, a directory, no permission, binary) into one clear line.
import { readFileSync } from 'node:fs';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Why reading failed, in words (the errno codes a user meets; others are shown as the code). */
function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EISDIR': return 'it is a directory (give one .sysd file)';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENAMETOOLONG': return 'the path is too long';
    case 'EIO': return 'an I/O error occurred while reading it';
    default: return `the system reported ${error.code ?? error.message}`;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file that is not text: a NUL byte in it, or bytes that are not UTF-8 (designs are UTF-8, as the spec says).
 * Git uses the same NUL test; without it an image would be "checked" into hundreds of syntax errors.
 */
export function isBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  try {
    utf8.decode(bytes);
    return false;
  } catch {
    return true;
  }
}

/** The text of `path`, or the reason it cannot be used as a design (one sentence, no stack trace). */
export function readDesignText(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: describe(error as NodeJS.ErrnoException) };
  }
  if (isBinary(bytes)) return { ok: false, reason: 'it is a binary file, not a .sysd design' };
  return { ok: true, text: bytes.toString('utf8') };
}
