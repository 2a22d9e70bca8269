// A small well-formedness check for exported SVG: one <svg> root and properly nested, closed tags.
const assert = require('node:assert/strict');

/** Throws an AssertionError describing the first problem; enough to catch truncated or broken markup. */
function checkWellFormedSvg(text) {
  const body = text.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?/, '');
  assert.ok(body.startsWith('<svg'), `the SVG should start with <svg, it starts with ${JSON.stringify(body.slice(0, 40))}`);
  assert.match(body.slice(0, 400), /xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, 'the <svg> root needs the SVG namespace to open as a file');
  const open = [];
  // comments, CDATA (e.g. an embedded <style>) and text are skipped; only element tags matter for nesting
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/g;
  let rootClosedAt = -1;
  for (const match of body.matchAll(tag)) {
    const [, closing, name, , selfClosing] = match;
    if (!name) continue;
    assert.equal(rootClosedAt, -1, `content after the closing </svg>: <${closing}${name}>`);
    if (closing) {
      const expected = open.pop();
      assert.equal(name, expected, `</${name}> closes <${expected}> at offset ${match.index}`);
      if (open.length === 0) rootClosedAt = match.index;
    } else if (!selfClosing) {
      open.push(name);
    }
  }
  assert.deepEqual(open, [], 'unclosed elements at the end of the SVG');
  assert.notEqual(rootClosedAt, -1, 'the SVG has no closing </svg>');
}

module.exports = { checkWellFormedSvg };
