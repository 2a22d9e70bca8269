// The fuzzer: saved regressions, then fast-check properties over generated, mutated and raw inputs (budget FUZZ_RUNS, seed FUZZ_SEED).
import { readdirSync, readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { brokenDesign, corpus, design, mutated, rawText } from './generators';
import { checkPipeline } from './pipeline';
import { KNOWN_BUGS, knownBugOf } from './known';
import { failureKind, reduceText } from './reduce';

/** Total inputs over all generators: `npm test` runs a few thousand, `npm run fuzz` 100,000 (tests/fuzz/run.mjs). */
const TOTAL = Number(process.env.FUZZ_RUNS ?? 3000);
/** A fixed default keeps `npm test` deterministic; `npm run fuzz` passes a fresh seed every run. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
/** With FUZZ_PATH (printed on failure) fast-check replays one failing case directly. */
const PATH = process.env.FUZZ_PATH;
const ONLY = process.env.FUZZ_ONLY;

const REGRESSIONS = new URL(`file://${process.cwd()}/tests/fuzz/regressions/`);

test('saved fuzz regressions pass the whole pipeline at every position', () => {
  const files = readdirSync(REGRESSIONS).filter((f) => f.endsWith('.sysd')).sort();
  for (const name of files) {
    const text = readFileSync(new URL(name, REGRESSIONS), 'utf8');
    const probes = Array.from({ length: Math.min(text.length, 400) + 1 }, (_, i) => i);
    try {
      checkPipeline(text, probes);
    } catch (error) {
      throw new Error(`regression ${name}: ${(error as Error).message}`, { cause: error });
    }
  }
  console.log(`fuzz regressions: ${files.length} files replayed`);
});

/** Share of the budget per generator: the grammar-aware ones find the deep bugs, raw text the lexer's. */
const GENERATORS: Array<{ name: string; share: number; input: () => fc.Arbitrary<string> }> = [
  { name: 'generated designs', share: 0.35, input: () => design },
  { name: 'generated designs, broken', share: 0.15, input: () => brokenDesign },
  { name: 'mutated examples and fixtures', share: 0.35, input: () => mutated(corpus()) },
  { name: 'raw unicode text', share: 0.15, input: () => rawText },
];

/** Inputs per known bug, and inputs run, over the whole run. */
const seenKnown = new Map<string, number>();
let total = 0;

const probes = fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 3 });

for (const generator of GENERATORS) {
  if (ONLY && generator.name !== ONLY) continue;
  test(`fuzz: ${generator.name}`, () => {
    const numRuns = Math.max(1, Math.round(TOTAL * generator.share));
    let clean = 0;
    const started = performance.now();
    const known = new Map<string, number>();
    const details = fc.check(fc.property(generator.input(), probes, (text, offsets) => {
      try {
        if (checkPipeline(text, offsets)) clean++;
      } catch (error) {
        const bug = knownBugOf(error, text);
        if (!bug) throw error;
        known.set(bug.id, (known.get(bug.id) ?? 0) + 1);
        seenKnown.set(bug.id, (seenKnown.get(bug.id) ?? 0) + 1);
      }
    }), { numRuns, seed: SEED, ...(PATH ? { path: PATH } : {}), endOnFailure: false });
    total += details.numRuns;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (details.failed) {
      const replay = `FUZZ_SEED=${SEED} FUZZ_ONLY='${generator.name}' FUZZ_PATH='${details.counterexamplePath}' npm run fuzz`;
      const text = details.counterexample?.[0] ?? '';
      const offsets = details.counterexample?.[1] ?? [];
      const reduced = reduceText(text, (candidate) => {
        try {
          checkPipeline(candidate, offsets);
          return undefined;
        } catch (error) {
          return failureKind(error);
        }
      });
      const error = details.errorInstance instanceof Error ? details.errorInstance : new Error(String(details.errorInstance));
      throw new Error([
        `fuzz '${generator.name}' failed after ${details.numRuns} inputs (seed ${SEED}, shrunk ${details.numShrinks} times)`,
        `counterexample: ${JSON.stringify(text)}`,
        `probes (offsets for hover, completion…): ${JSON.stringify(offsets)}`,
        `reduced (save it as tests/fuzz/regressions/<name>.sysd once fixed): ${JSON.stringify(reduced)}`,
        `replay: ${replay}`,
        error.message,
      ].join('\n'), { cause: error });
    }
    const knownText = [...known].map(([id, n]) => `${id} ×${n}`).join(', ');
    console.log(`fuzz ${generator.name}: ${details.numRuns} inputs passed (${clean} without syntax errors${knownText ? `; known bugs hit: ${knownText}` : ''}) in ${seconds} s, seed ${SEED}`);
  });
}

// A report, not a test: the known bugs are the lead's to fix (see known.ts), and one not seen in a short run proves nothing.
after(() => {
  console.log(`fuzz: ${total} inputs in all, seed ${SEED}`);
  for (const bug of KNOWN_BUGS) {
    const count = seenKnown.get(bug.id) ?? 0;
    console.log(`known bug ${bug.id}: ${count} inputs — ${bug.note}${count === 0 ? ' (not seen this run: if it is fixed, remove it from known.ts and save its input as a regression)' : ''}`);
  }
});
