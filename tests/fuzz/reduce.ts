// Shrinks a failing fuzz text further than fast-check can (it shrinks the mutations, not the example file they were applied to).

/** The kind of a failure: the message up to its first colon, so a reduction keeps the same bug, not just any failure. */
export function failureKind(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/[:\n]/)[0];
}

/**
 * Removes chunks of the text (halves, then smaller down to single characters) while `fails` still reports the
 * same kind of failure; it stops after `seconds`, so a slow input cannot stall the report.
 */
export function reduceText(text: string, fails: (candidate: string) => string | undefined, seconds = 20): string {
  const deadline = performance.now() + seconds * 1000;
  const kind = fails(text);
  if (kind === undefined) return text;
  let current = text;
  // Passes until one removes nothing: a removal late in a pass can make an earlier chunk removable.
  for (let before = -1; before !== current.length && performance.now() < deadline;) {
    before = current.length;
    for (let size = Math.max(1, Math.floor(current.length / 2)); size >= 1 && performance.now() < deadline; size = Math.floor(size / 2)) {
      for (let at = 0; at < current.length && performance.now() < deadline;) {
        const candidate = current.slice(0, at) + current.slice(at + size);
        if (fails(candidate) === kind) current = candidate;
        else at += size;
      }
    }
  }
  return current;
}
