// Hover, completion, inlay hints and code lenses answer all over every example and broken fixture without throwing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { codeLensesOf } from '../../server/src/language/codeLens';
import { completionsAt } from '../../server/src/language/completion';
import { hoverAt } from '../../server/src/language/hover';
import { inlayHintsOf } from '../../server/src/language/inlayHints';
import { analysisOf, positionAt, URI } from './editor-support';

const folders = ['../../examples/', '../fixtures/bad/', '../fixtures/editor/'].map((f) => new URL(f, import.meta.url));
const files = folders.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.sysd')).map((f) => new URL(f, folder)));

for (const url of files) {
  test(`positions all over ${url.pathname.split('/').slice(-2).join('/')}`, () => {
    const text = readFileSync(url, 'utf8');
    const analysis = analysisOf(text);
    let hovers = 0;
    // Every offset of small files; a stride coprime with token lengths through the large examples keeps the run short.
    const step = text.length > 2000 ? 11 : 1;
    for (let offset = 0; offset <= text.length; offset += step) {
      const position = positionAt(text, offset);
      const hover = hoverAt(analysis, URI, position);
      if (hover) {
        hovers++;
        assert.ok(hover.markdown.length > 0);
        assert.ok(hover.range.start.line <= position.line && position.line <= hover.range.end.line);
      }
      for (const item of completionsAt(analysis, text, position)) {
        assert.ok(item.label.length > 0);
        assert.ok(item.range.start.line === position.line && item.range.start.character <= position.character, 'the replaced word starts at or before the cursor');
      }
    }
    assert.ok(hovers > 0);
    inlayHintsOf(analysis, URI);
    codeLensesOf(analysis, URI);
  });
}
