// The SVG: a shape and icon per kind, arrows per connection kind, findings as badges, every string escaped, three themes.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { COMPONENT_KINDS } from '../../server/src/language/ast';
import { modelOfText } from '../../server/src/language/model';
import { diagramOf } from '../../server/src/diagram/model';
import { renderDesignSvg, renderDiagram } from '../../server/src/diagram/index';
import { iconOf, shapeOf } from '../../server/src/diagram/shapes';
import { escapeXml, pathOf, svgSize } from '../../server/src/diagram/svg';
import { textWidth } from '../../server/src/diagram/measure';
import { PALETTES } from '../../server/src/diagram/themes';
import { diagramOfFile, FIXTURES, modelOfFile, wellFormed } from './diagram-support';

const EVERY_KIND = path.join(FIXTURES, 'every-kind.sysd');
const HOSTILE = path.join(FIXTURES, 'hostile.sysd');

test('each component kind has its own outline and its own icon', () => {
  const shapes = COMPONENT_KINDS.map((kind) => shapeOf(kind, 200, 80, 'x'));
  const icons = COMPONENT_KINDS.map((kind) => iconOf(kind));
  assert.equal(new Set(shapes).size, COMPONENT_KINDS.length);
  assert.equal(new Set(icons).size, COMPONENT_KINDS.length);
  assert.match(shapeOf('database', 200, 80, 'x'), /A100,8 0 0 1 200,8/, 'the database is a cylinder (elliptic lid)');
  assert.equal(shapeOf('queue', 200, 80, 'x').match(/<rect/g)?.length, 3, 'the queue is a stack of three sheets');
  assert.match(shapeOf('gateway', 200, 80, 'x'), /d="M14,0 H186 L200,40 L186,80 H14 L0,40 Z"/, 'the gateway is a hexagon');
  assert.equal(shapeOf('external', 200, 80, 'x').match(/A/g)?.length, 5, 'an external system is a cloud');
  assert.notEqual(iconOf('client', 'mobile'), iconOf('client', 'web'), 'a mobile client shows a phone, a web client a monitor');
});

test('the picture follows the DOM contract: nodes, groups and edges with their ids', async () => {
  const svg = await renderDiagram(diagramOfFile(EVERY_KIND)).then((r) => r.svg);
  assert.ok(wellFormed(svg));
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  for (const kind of COMPONENT_KINDS) assert.match(svg, new RegExp(`<g class="node kind-${kind}" data-id="[^"]+" data-kind="${kind}"`));
  assert.match(svg, /<g class="group" data-id="backend">/);
  assert.match(svg, /<g class="group" data-id="data">/);
  assert.match(svg, /<g class="edge edge-sync" data-id="orders-&gt;db" data-from="orders" data-to="db">/);
  assert.match(svg, /<text class="label"[^>]*>Orders DB<\/text>/);
  assert.match(svg, /<text class="sub"[^>]*>db · database<\/text>/);
  assert.match(svg, /<text class="badge-text"[^>]*>2 replicas<\/text>/);
  assert.match(svg, /<text class="edge-label"[^>]*>SQL<\/text>/);
  assert.match(svg, /<text class="group-title"[^>]*>Backend · vpc<\/text>/);
});

test('solid arrows for calls, dashed for messages, two heads for two-way channels', async () => {
  const svg = (await renderDiagram(diagramOf(modelOfText('service a\nservice b\nservice c\na -> b\nb ~> c\na <-> c\n')))).svg;
  const edge = (id: string) => {
    const at = svg.indexOf(`data-id="${id.replace('>', '&gt;')}"`);
    assert.notEqual(at, -1, `no edge ${id}`);
    return svg.slice(at, svg.indexOf('</g>', at));
  };
  assert.doesNotMatch(edge('a->b'), /edge-async|marker-start/);
  assert.match(edge('a->b'), /marker-end="url\(#sysd-arrow\)"/);
  assert.match(edge('b->c'), /class="edge-line edge-async"/);
  assert.match(edge('a->c'), /marker-start="url\(#sysd-arrow\)" marker-end="url\(#sysd-arrow\)"/);
});

test('findings are coloured badges on their element, with the messages as a tooltip', async () => {
  const model = modelOfText('cache c "C" { tll: 1h }\nservice a\na -> c { protocol: htp }\n');
  const svg = await renderDesignSvg(model, model.diagnostics);
  assert.match(svg, /<g class="finding-badge" data-finding-of="c" data-severity="error"><title>error: Unknown property &#39;tll&#39;/);
  assert.match(svg, /<g class="finding-badge" data-finding-of="a-&gt;c" data-severity="error">/);
  assert.match(svg, /<circle class="finding-error"/);
  assert.doesNotMatch(svg.slice(svg.indexOf('data-id="a"'), svg.indexOf('</g>', svg.indexOf('data-id="a"'))), /finding-badge/);
});

test('every string from the design is escaped: markup in labels shows as text', async () => {
  const model = modelOfFile(HOSTILE);
  const svg = await renderDesignSvg(model, model.diagnostics);
  assert.ok(wellFormed(svg), 'still well-formed');
  assert.doesNotMatch(svg, /<img|<script|<b>|<Sons>|<svg onload|<\/g><g onload/);
  assert.match(svg, />&lt;img src=x<\/text><text class="label"[^>]*>onerror=alert\(1\)&gt;<\/text>/, 'shown as text, on two lines');
  assert.match(svg, /O&#39;Brien &amp; &lt;Sons&gt;/);
  assert.match(svg, /&lt;svg onload=alert\(3\)&gt;/);
  assert.match(svg, /<title>A &lt;b&gt;bold&lt;\/b&gt; &amp; &quot;quoted&quot; design<\/title>/);
  assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('light, dark and high-contrast palettes are embedded for files; the preview brings its own CSS', async () => {
  const model = modelOfText('design "T"\nservice a\ndatabase b\na -> b\n');
  const svgs = await Promise.all((['light', 'dark', 'high-contrast'] as const).map((theme) => renderDesignSvg(model, [], { theme })));
  svgs.forEach((svg, i) => {
    const palette = Object.values(PALETTES)[i];
    assert.match(svg, new RegExp(`\\.bg\\{fill:${palette.background}\\}`));
    assert.match(svg, new RegExp(`\\.cat-data\\{stroke:${palette.accents.data}\\}`));
  });
  assert.equal(new Set(svgs).size, 3);
  const bare = (await renderDiagram(diagramOf(model), { theme: 'none' })).svg;
  assert.doesNotMatch(bare, /<style>/);
  assert.equal(bare.replace(/\s+/g, ''), svgs[0].replace(/<style>[\s\S]*?<\/style>/, '').replace(/\s+/g, ''), 'the same picture apart from the palette');
});

test('orthogonal bends are softly rounded', () => {
  assert.equal(pathOf([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 50 }]), 'M0,0 L94,0 Q100,0 100,6 L100,50');
  assert.equal(pathOf([{ x: 0, y: 0 }, { x: 10, y: 0 }]), 'M0,0 L10,0');
});

test('an empty design is drawn as an empty-state card with its title, not as a 0×0 picture', async () => {
  for (const text of ['', '// only a comment\n', 'design "Payments"\n']) {
    const svg = await renderDesignSvg(modelOfText(text), []);
    assert.ok(wellFormed(svg), JSON.stringify(text));
    const { width, height } = svgSize(svg);
    assert.ok(width >= 300 && height >= 100, `${JSON.stringify(text)}: a picture a viewer can show (${width}×${height})`);
    assert.match(svg, /<text class="label"[^>]*>No components yet<\/text>/);
    assert.doesNotMatch(svg, /Start from a snippet/, 'a file has no snippets: the hint is the preview\'s');
  }
  const titled = await renderDesignSvg(modelOfText('design "Payments"\n'), []);
  assert.match(titled, /<text class="title"[^>]*>Payments<\/text>/);
  const long = 'A design title long enough to be wider than the empty-state card itself';
  const wide = await renderDesignSvg(modelOfText(`design "${long}"\n`), []);
  const { width } = svgSize(wide);
  assert.ok(width >= 20 + textWidth(long, 15, true), 'the title fits');
});

test('the preview\'s empty state adds the hint to start from a snippet', async () => {
  const { svg } = await renderDiagram(diagramOf(modelOfText(''), []), { theme: 'none', startHint: true });
  assert.match(svg, /<text class="label"[^>]*>No components yet<\/text>/);
  assert.match(svg, /<text class="sub empty-hint"[^>]*>Start from a snippet: type &#39;design&#39; and press Tab for a starter design\.<\/text>/);
  const titled = await renderDiagram(diagramOf(modelOfText('design "New"\n'), []), { theme: 'none', startHint: true });
  assert.match(titled.svg, /<text class="sub empty-hint"[^>]*>Start from a snippet: type a kind such as &#39;service&#39; and press Tab\.<\/text>/,
    'under a header, not the starter design, which brings a second header');
  const drawn = await renderDiagram(diagramOf(modelOfText('service api\n'), []), { theme: 'none', startHint: true });
  assert.doesNotMatch(drawn.svg, /No components yet|Start from a snippet/, 'only an empty design shows it');
});
