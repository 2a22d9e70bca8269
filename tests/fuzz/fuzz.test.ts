// The fuzzer: saved regressions, then fast-check properties over generated, mutated and raw inputs (budget FUZZ_RUNS, seed FUZZ_SEED).
import { readdirSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { checkEdit, EditSession } from './differential';
import { edit, stepsOf } from './edits';
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

/** Saved edits (tests/fuzz/regressions/incremental.json): each once made the incremental analysis differ from a full one. */
test('saved incremental regressions: the analysis after each edit equals a full analysis', () => {
  const cases = JSON.parse(readFileSync(new URL('incremental.json', REGRESSIONS), 'utf8')) as Array<{ note: string; before: string; after: string }>;
  for (const { note, before, after } of cases) {
    try {
      checkEdit(before, after);
    } catch (error) {
      throw new Error(`incremental regression '${note}': ${(error as Error).message}`, { cause: error });
    }
  }
  console.log(`incremental regressions: ${cases.length} edits replayed`);
});

/**
 * Edit sequences on generated designs and the corpus: after every step the incremental analysis (the parse cache kept
 * across steps, as the server keeps it) must equal a from-scratch one. Budget: at least FUZZ_RUNS steps (each input
 * has STEPS_PER_INPUT to twice as many edits; a typed word is a step per character, so an input averages ~30 steps).
 */
const STEPS_PER_INPUT = 10;
const INPUTS_PER_STEP = 1 / 25;
test('fuzz: edit sequences, incremental analysis = full analysis', () => {
  if (ONLY && ONLY !== 'edit sequences') return;
  const numRuns = Math.max(1, Math.ceil(TOTAL * INPUTS_PER_STEP));
  const started = performance.now();
  let steps = 0;
  let reused = 0;
  // Mostly real files: many statements, few syntax errors, so most edits land inside a statement the incremental parse can scope.
  // Files up to a few kilobytes: each step analyses twice, and the large fixtures would take the whole budget.
  const start = fc.oneof({ weight: 1, arbitrary: design }, { weight: 3, arbitrary: fc.constantFrom(...corpus().filter((text) => text.length < 4000)) });
  const details = fc.check(fc.property(start, fc.array(edit, { minLength: STEPS_PER_INPUT, maxLength: 2 * STEPS_PER_INPUT }), (text, edits) => {
    const session = new EditSession(text);
    let current = text;
    for (const change of edits) {
      const texts = stepsOf(current, change);
      // An edit that changes nothing (a rename to the same word) still counts as a step: the server sees it too.
      if (texts.length === 0) texts.push(current);
      for (const next of texts) { session.step(next); current = next; }
    }
    steps += session.steps;
    reused += session.reused;
  }), { numRuns, seed: SEED, ...(PATH ? { path: PATH } : {}), endOnFailure: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    const replay = `FUZZ_SEED=${SEED} FUZZ_ONLY='edit sequences' FUZZ_PATH='${details.counterexamplePath}' npm run fuzz`;
    const error = details.errorInstance instanceof Error ? details.errorInstance : new Error(String(details.errorInstance));
    throw new Error([
      `fuzz 'edit sequences' failed after ${details.numRuns} inputs (seed ${SEED}, shrunk ${details.numShrinks} times)`,
      `once fixed, save the edit the message names in tests/fuzz/regressions/incremental.json`,
      `replay: ${replay}`,
      error.message,
    ].join('\n'), { cause: error });
  }
  total += details.numRuns;
  console.log(`fuzz edit sequences: ${steps} steps on ${details.numRuns} inputs equal a full analysis (${reused} re-parsed incrementally) in ${seconds} s, seed ${SEED}`);
  assert.ok(steps >= TOTAL, `only ${steps} steps for a budget of ${TOTAL}`);
  // Without incremental steps the comparison would hold trivially (random edits often break the syntax or land between statements).
  assert.ok(reused > steps / 50, `only ${reused} of ${steps} steps took the incremental path`);
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
