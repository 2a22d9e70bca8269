// The diagnostics debounce that follows the work: the quiet time after an edit grows with how long that design's last
// analysis took, one pending run per document, and the newest schedule always replaces an older one.

/**
 * The adaptive delay's bounds. The floor lets a burst of changes sent in one go (a paste, an auto-closed bracket, a
 * multi-cursor edit) land as one analysis and still leaves a small design 25 ms of work within 50 ms of the last key;
 * the ceiling keeps a slow design's diagnostics from lagging more than half a second behind the typing.
 */
export const ADAPTIVE_DELAY = { floorMs: 25, ceilingMs: 500 } as const;

/**
 * Quiet time before analysing after an edit, from the last analysis of the design (`undefined`: none yet). Waiting as
 * long as the work takes means a design that analyses in 2 ms gets its diagnostics ~27 ms after the last key, while
 * one that takes 300 ms is not re-analysed on every key of a word typed faster than that: at most half of the
 * server's time goes to analyses that the next key makes stale.
 */
export function adaptiveDelay(lastAnalysisMs: number | undefined): number {
  if (lastAnalysisMs === undefined || !Number.isFinite(lastAnalysisMs)) return ADAPTIVE_DELAY.floorMs;
  return Math.min(ADAPTIVE_DELAY.ceilingMs, Math.max(ADAPTIVE_DELAY.floorMs, Math.round(lastAnalysisMs)));
}

/** The timer functions the debounce uses: the real ones in the server, a fake clock in tests. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const REAL_TIMERS: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class DiagnosticsDebounce {
  private readonly pending = new Map<string, unknown>();
  private readonly lastMs = new Map<string, number>();

  /** `fixedMs` is an explicit delay (the `diagnosticsDelayMs` option): it wins over the adaptive one when set. */
  constructor(private readonly fixedMs: () => number | undefined, private readonly timers: Timers = REAL_TIMERS) {}

  /** How long the analysis of `uri` took: the next delay follows it. */
  analysed(uri: string, milliseconds: number): void {
    this.lastMs.set(uri, milliseconds);
  }

  delayFor(uri: string): number {
    return this.fixedMs() ?? adaptiveDelay(this.lastMs.get(uri));
  }

  /** Runs `run` once `uri` has been quiet for the delay; a newer schedule of the same document replaces this one. */
  schedule(uri: string, run: () => void, delay = this.delayFor(uri)): void {
    this.timers.clear(this.pending.get(uri));
    this.pending.set(uri, this.timers.set(() => { this.pending.delete(uri); run(); }, delay));
  }

  /** The document closed: nothing pending, and its next opening starts from the floor again. */
  forget(uri: string): void {
    this.timers.clear(this.pending.get(uri));
    this.pending.delete(uri);
    this.lastMs.delete(uri);
  }
}
