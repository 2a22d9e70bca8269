// The cost of views and flows: the full check of a 1,000-component design with and without 20 views and 50 flows (target: at most 5% more).
import { analyze } from '../server/src/language/analysis';
import { generateDesign } from './generator';
import { isSmoke, measure, type Row } from './measure';

function check(text: string): void {
  const uri = 'file:///bench.sysd';
  analyze(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_f, p) => p });
}

export async function run(): Promise<Row[]> {
  const n = isSmoke() ? 200 : 1000;
  const plain = generateDesign(n);
  const withViews = generateDesign(n, { views: 20, flows: 50 });
  const runs = isSmoke() ? 2 : 30;
  // Alternated, so drift in the machine's load falls on both alike.
  const before = measure(`check ${n} components`, () => check(plain), runs);
  const after = measure(`check ${n} components, 20 views and 50 flows`, () => check(withViews), runs);
  const again = measure(`check ${n} components (again)`, () => check(plain), runs);
  const base = Math.min(before.medianMs, again.medianMs);
  const overhead = (after.medianMs / base - 1) * 100;
  after.note = `${overhead >= 0 ? '+' : ''}${overhead.toFixed(1)}% over the design without them`;
  after.figures = { overheadPercent: Number(overhead.toFixed(1)) };
  return [before, after, again];
}
