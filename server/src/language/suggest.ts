// "Did you mean" suggestions by edit distance.

/** Edit distance if it is at most `limit`, otherwise `limit + 1` (stops as soon as no cell of a row is within it). */
function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    let rowBest = previous[0];
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
      if (previous[j] < rowBest) rowBest = previous[j];
    }
    if (rowBest > limit) return limit + 1;
  }
  return Math.min(previous[b.length], limit + 1);
}

/**
 * The closest candidate, if it is close enough to be a plausible typo. Candidates further than the typo limit are
 * dismissed early (length first, then row by row), so a design with thousands of IDs stays fast.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = distanceWithin(lower, candidate.toLowerCase(), Math.min(limit, bestDistance));
    if (distance < bestDistance || (distance === bestDistance && distance <= limit && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion ? ` Did you mean '${suggestion}'?` : '';
}

/** The `count` candidates nearest to `word` by edit distance (ties in code-point order), however far: for usage errors that name what exists. */
export function nearest(word: string, candidates: Iterable<string>, count = 3): string[] {
  const lower = word.toLowerCase();
  return [...candidates]
    .map((candidate) => ({ candidate, distance: distanceWithin(lower, candidate.toLowerCase(), Math.max(lower.length, candidate.length)) }))
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
