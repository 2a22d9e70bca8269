// The designs the issue-20 benchmarks draw: the examples and generated designs, analysed as the server does.
import { readFileSync } from 'node:fs';
import { diagramOf, type Diagram } from '../server/src/diagram/index';
import { analyze } from '../server/src/language/analysis';

export const EXAMPLES = ['url-shortener', 'chat-system', 'news-feed', 'ride-hailing'];

export function exampleText(name: string): string {
  return readFileSync(new URL(`../examples/${name}.sysd`, import.meta.url), 'utf8');
}

/** The full check of a text (parse, resolve, schema, rules), as `sysd render` and the server run it. */
export function analyseText(text: string, uri = 'file:///bench/design.sysd'): ReturnType<typeof analyze> {
  return analyze(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_from, path) => path });
}

/** The diagram model of a text with its findings as badges: what the preview draws. */
export function diagramOfText(text: string): Diagram {
  const analysis = analyseText(text);
  return diagramOf(analysis.model, [...analysis.model.diagnostics, ...analysis.findings]);
}
