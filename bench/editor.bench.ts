// Benchmarks of the editor features on a cached analysis: hover, completion, inlay hints and code lenses on a large design.
import { analyze } from '../server/src/language/analysis';
import { codeLensesOf } from '../server/src/language/codeLens';
import { completionsAt } from '../server/src/language/completion';
import { hoverAt } from '../server/src/language/hover';
import { inlayHintsOf } from '../server/src/language/inlayHints';
import { syntheticDesign } from './core.bench';
import { isSmoke, measure, type Row } from './measure';

function positionOf(text: string, needle: string, shift = 0) {
  const before = text.slice(0, text.indexOf(needle) + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

export async function run(): Promise<Row[]> {
  const uri = 'file:///bench.sysd';
  const tiers = isSmoke() ? 20 : 200;
  const base = syntheticDesign(tiers);
  // The cursor at the end of the file, in an unfinished connection, as while typing.
  const text = `${base}svc0 ~> `;
  const analysis = analyze(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_f, p) => p });
  const lines = text.split('\n').length;
  const end = positionOf(text, 'svc0 ~> ', 8);
  const last = `svc${tiers - 1} { autoscale`;
  return [
    measure(`hover component card, last tier (${lines} lines)`, () => hoverAt(analysis, uri, positionOf(text, last, 2))),
    measure(`hover scale estimate (${lines} lines)`, () => hoverAt(analysis, uri, positionOf(text, 'scale {'))),
    measure(`completion after '~>' at end (${lines} lines)`, () => completionsAt(analysis, text, end)),
    measure(`completion property name, last tier (${lines} lines)`, () => completionsAt(analysis, text, positionOf(text, last, 9))),
    measure(`inlay hints, one screen of 60 lines (${lines} lines)`, () => inlayHintsOf(analysis, uri, { start: { line: Math.floor(lines / 2), character: 0 }, end: { line: Math.floor(lines / 2) + 60, character: 0 } })),
    measure(`inlay hints, whole file (${lines} lines)`, () => inlayHintsOf(analysis, uri)),
    measure(`code lenses, whole file (${lines} lines)`, () => codeLensesOf(analysis, uri)),
  ];
}
