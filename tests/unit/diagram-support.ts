// Helpers for the diagram tests: designs from files, laid out with elkjs in-process.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildModel, type DesignModel } from '../../server/src/language/model';
import { fileSystemHost, ParseCache, toUri } from '../../server/src/language/host';
import { diagramOf, type Diagram } from '../../server/src/diagram/model';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXAMPLES = ['url-shortener', 'chat-system', 'news-feed', 'ride-hailing'].map((name) => ({ name, file: path.join(ROOT, 'examples', `${name}.sysd`) }));
export const FIXTURES = path.join(ROOT, 'tests/fixtures/diagram');

export function modelOfFile(file: string): DesignModel {
  return buildModel(toUri(file), fileSystemHost(undefined, new ParseCache()));
}

/** The diagram of a file with its schema diagnostics as findings (rule findings are tested with the rules). */
export function diagramOfFile(file: string): Diagram {
  const model = modelOfFile(file);
  return diagramOf(model, model.diagnostics);
}

export function text(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Tags balance and the root is one <svg>: enough to catch broken or truncated markup. */
export function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([A-Za-z][\w:-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>/g)) {
    const [, closing, name, , self] = match;
    if (closing) { if (stack.pop() !== name) return false; } else if (!self) stack.push(name);
  }
  return stack.length === 0 && svg.startsWith('<svg');
}
