// When the preview redraws during typing: after a quiet period, but at least every few periods in a long burst.

/** The longest a burst of edits may hold the picture back. */
export function maxWait(debounceMs: number): number {
  return Math.max(4 * debounceMs, 600);
}

/** Delay before redrawing, for an edit at `now` in a burst that started at `burstStart`. */
export function batchDelay(now: number, burstStart: number, debounceMs: number): number {
  return Math.max(0, Math.min(debounceMs, burstStart + maxWait(debounceMs) - now));
}
