// Benchmarks of formatting, semantic tokens, folding, selection and rename on a large design (cached analysis).
import { analyze } from '../server/src/language/analysis';
import { foldingRanges } from '../server/src/language/folding';
import { formatDocument, formatText } from '../server/src/language/format';
import { references } from '../server/src/language/navigation';
import { rename } from '../server/src/language/rename';
import { selectionRanges } from '../server/src/language/selection';
import { encodeTokens, semanticTokens } from '../server/src/language/semanticTokens';
import { syntheticDesign } from './core.bench';
import { isSmoke, measure, type Row } from './measure';

export async function run(): Promise<Row[]> {
  const uri = 'file:///bench.sysd';
  // Squashed spacing, so the formatter has work to do on every line.
  const tiers = isSmoke() ? 20 : 200;
  const text = syntheticDesign(tiers).replace(/: /g, ':').replace(/ \{ /g, '{');
  const analysis = analyze(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_f, p) => p });
  const file = analysis.model.files.get(uri);
  if (!file) throw new Error('bench design did not load');
  const lines = text.split('\n').length;
  const middle = { line: Math.floor(lines / 2), character: 4 };
  const target = `svc${tiers / 2}`;
  const svc = text.indexOf(`service ${target}`) + 'service '.length;
  const svcAt = { line: text.slice(0, svc).split('\n').length - 1, character: 10 };
  const formatted = formatText(text);
  return [
    measure(`formatText, parse included (${lines} lines)`, () => formatText(text), 15),
    measure(`format cached tree + check (${lines} lines)`, () => formatDocument(file, text), 15),
    measure(`format already formatted (${lines} lines)`, () => formatText(formatted), 15),
    measure(`semantic tokens, whole file (${lines} lines)`, () => encodeTokens(semanticTokens(file, analysis.model, uri))),
    measure(`folding ranges (${lines} lines)`, () => foldingRanges(file)),
    measure(`selection ranges, middle (${lines} lines)`, () => selectionRanges(file, middle)),
    measure(`references of ${target} (${lines} lines)`, () => references(analysis.model, uri, svcAt, true)),
    measure(`rename ${target} (${lines} lines)`, () => rename(analysis.model, uri, svcAt, 'renamed')),
  ];
}
