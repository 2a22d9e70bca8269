// The adaptive diagnostics debounce on a fake clock: delays for fast and slow analyses, the newest schedule wins.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ADAPTIVE_DELAY, adaptiveDelay, DiagnosticsDebounce, type Timers } from '../../server/src/lsp/debounce';

/** Timers that run only when the test moves the clock on. */
class FakeClock implements Timers {
  now = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; run: () => void }>();
  set(run: () => void, ms: number): number {
    const id = this.next++;
    this.due.set(id, { at: this.now + ms, run });
    return id;
  }
  clear(handle: unknown): void {
    this.due.delete(handle as number);
  }
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const [id, first] = [...this.due].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (!first || first.at > until) break;
      this.due.delete(id as number);
      this.now = first.at;
      first.run();
    }
    this.now = until;
  }
}

/** Keys typed `gapMs` apart into one document, each scheduling diagnostics; returns when each run fired. */
function type(debounce: DiagnosticsDebounce, clock: FakeClock, keys: number, gapMs: number, analysisMs: number): number[] {
  const fired: number[] = [];
  const run = () => { fired.push(clock.now); debounce.analysed('file:///d.sysd', analysisMs); };
  for (let key = 0; key < keys; key++) {
    debounce.schedule('file:///d.sysd', run);
    clock.advance(gapMs);
  }
  clock.advance(10_000);
  return fired;
}

test('the delay follows the last analysis, within its floor and ceiling', () => {
  assert.equal(adaptiveDelay(undefined), ADAPTIVE_DELAY.floorMs);
  assert.equal(adaptiveDelay(2), ADAPTIVE_DELAY.floorMs);
  assert.equal(adaptiveDelay(40), 40);
  assert.equal(adaptiveDelay(280), 280);
  assert.equal(adaptiveDelay(5_000), ADAPTIVE_DELAY.ceilingMs);
  assert.equal(adaptiveDelay(Number.NaN), ADAPTIVE_DELAY.floorMs);
});

test('a small design gets its diagnostics within 50 ms of the last keystroke, one run per key typed at 100 ms', () => {
  const clock = new FakeClock();
  const debounce = new DiagnosticsDebounce(() => undefined, clock);
  debounce.analysed('file:///d.sysd', 3);
  const fired = type(debounce, clock, 5, 100, 3);
  assert.equal(fired.length, 5);
  const lastKey = 4 * 100;
  assert.ok(fired[4] - lastKey + 3 <= 50, `diagnostics ${fired[4] - lastKey + 3} ms after the last key`);
});

test('a slow design is not re-analysed on every key of a word typed faster than its analysis', () => {
  const clock = new FakeClock();
  const debounce = new DiagnosticsDebounce(() => undefined, clock);
  debounce.analysed('file:///d.sysd', 280);
  const fired = type(debounce, clock, 8, 150, 280);
  // One analysis, once typing stops: not eight analyses the next key makes stale.
  assert.deepEqual(fired, [7 * 150 + 280]);
});

test('an explicit delay wins over the adaptive one', () => {
  const clock = new FakeClock();
  const debounce = new DiagnosticsDebounce(() => 0, clock);
  debounce.analysed('file:///d.sysd', 280);
  assert.equal(debounce.delayFor('file:///d.sysd'), 0);
  assert.deepEqual(type(debounce, clock, 3, 100, 280), [0, 100, 200]);
});

test('the newest schedule replaces an older one, per document', () => {
  const clock = new FakeClock();
  const debounce = new DiagnosticsDebounce(() => undefined, clock);
  const ran: string[] = [];
  debounce.schedule('file:///a.sysd', () => ran.push('a v2'));
  debounce.schedule('file:///b.sysd', () => ran.push('b v1'));
  clock.advance(5);
  debounce.schedule('file:///a.sysd', () => ran.push('a v3'));
  clock.advance(1_000);
  assert.deepEqual(ran, ['b v1', 'a v3']);
});

test('forgetting a closed document drops its pending run and its timing', () => {
  const clock = new FakeClock();
  const debounce = new DiagnosticsDebounce(() => undefined, clock);
  const ran: string[] = [];
  debounce.analysed('file:///a.sysd', 400);
  debounce.schedule('file:///a.sysd', () => ran.push('a'));
  debounce.forget('file:///a.sysd');
  clock.advance(1_000);
  assert.deepEqual(ran, []);
  assert.equal(debounce.delayFor('file:///a.sysd'), ADAPTIVE_DELAY.floorMs);
});
