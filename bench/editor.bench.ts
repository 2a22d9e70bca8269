// Benchmarks of the editor features on a cached analysis: hover, completion, inlay hints and code lenses on a large design.
import { analyze } from '../server/src/language/analysis';
import { codeLensesOf } from '../server/src/language/codeLens';
import { completionsAt } from '../server/src/language/completion';
import { formatRangeEdits } from '../server/src/language/format';
import { hoverAt } from '../server/src/language/hover';
import { inlayHintsOf } from '../server/src/language/inlayHints';
import { parse } from '../server/src/language/parser';
import { syntheticDesign } from './core.bench';
import { isSmoke, measure, type Row } from './measure';

function positionOf(text: string, needle: string, shift = 0) {
  const before = text.slice(0, text.indexOf(needle) + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** `count` top-level statements, squashed so every one needs formatting: components with comments, connections. */
function statements(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(i % 3 === 0 ? `service s${i} {replicas:2} // s${i}` : i % 3 === 1 ? `s${i - 1} ->  s${i + 1}` : `/* c */ cache c${i}{ttl:1h}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Range formatting (the editor's Format Selection) of one screen and of everything, on a parsed file: it follows the range. */
function rangeFormatting(): Row[] {
  return (isSmoke() ? [1000] : [1000, 4000, 10_000]).flatMap((count) => {
    const text = statements(count);
    const file = parse(text);
    const middle = Math.floor(text.length / 2);
    const screen = text.split('\n').slice(0, 60).join('\n').length;
    return [
      measure(`range formatting, 60 lines in the middle (${count} statements)`, () => formatRangeEdits(file, text, middle, middle + screen)),
      measure(`range formatting, the whole file as a range (${count} statements)`, () => formatRangeEdits(file, text, 0, text.length), 10),
    ];
  });
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
    ...rangeFormatting(),
  ];
}
