// Bugs the fuzzer found that are reported (.agents/lead-inbox.md) but not fixed yet: each matches only its own failure, is counted and printed, and goes once fixed.

export interface KnownBug {
  id: string;
  /** Where it is reported and what would fix it. */
  note: string;
  /** True only when this failure on this text is that bug (checked after a failure, so it may be slow). */
  matches(message: string, text: string): boolean;
}

/**
 * Empty when every bug found is fixed. An entry: an id, where it is reported, and a `matches` as narrow as the bug
 * (the failure message and a check of the input), e.g. `message === 'Invalid URL' && text.includes('import')`.
 * Fixed so far (now regressions/*.sysd): import paths new URL rejects, NaN positions of a recovered block,
 * unterminated comments ending in a line break, malformed @allow argument lists accepted by the parser.
 */
export const KNOWN_BUGS: readonly KnownBug[] = [];

/** The known bug a failure is, if any. */
export function knownBugOf(error: unknown, text: string): KnownBug | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return KNOWN_BUGS.find((bug) => bug.matches(message, text));
}
