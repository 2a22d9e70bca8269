// Product marks for well-known engines and providers: which components get one, drawn from simple-icons, beside the kind icon.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { engineMarksSource, GENERATED } from '../../scripts/engine-marks.mjs';
import { inProcessElk, renderDiagram } from '../../server/src/diagram/index';
import { measureNode, NODE_LAYOUT } from '../../server/src/diagram/measure';
import { diagramOf } from '../../server/src/diagram/model';
import { PALETTES, themeCss } from '../../server/src/diagram/themes';
import { modelOfText } from '../../server/src/language/model';

const ICONS = path.join(path.dirname(createRequire(import.meta.url).resolve('simple-icons')), 'icons');
const iconPath = (slug: string) => /<path d="([^"]+)"/.exec(readFileSync(path.join(ICONS, `${slug}.svg`), 'utf8'))?.[1];

const diagramOfText = (text: string) => diagramOf(modelOfText(text), []);

test('the generated table of marks is current: npm run build regenerates it from simple-icons, CC0-licensed', () => {
  assert.equal(readFileSync(GENERATED, 'utf8'), engineMarksSource(), 'run `node scripts/engine-marks.mjs`');
  const pkg = JSON.parse(readFileSync(path.join(ICONS, '../package.json'), 'utf8'));
  assert.equal(pkg.license, 'CC0-1.0');
  assert.match(readFileSync(path.join(ICONS, '../LICENSE.md'), 'utf8'), /^# CC0 1\.0 Universal/);
});

test('well-known engines and providers get their product\'s mark; AWS, Azure and Memcached have none in simple-icons', () => {
  const expected: Array<[string, string | undefined]> = [
    ['cache c { engine: redis }', 'redis'],
    ['cache c { engine: memcached }', undefined],
    ['database d { engine: postgres }', 'postgresql'],
    ['database d { engine: mysql }', 'mysql'],
    ['database d { engine: mongodb }', 'mongodb'],
    ['database d { engine: cassandra }', 'apachecassandra'],
    ['database d { engine: dynamodb }', undefined],
    ['queue q { engine: kafka }', 'apachekafka'],
    ['queue q { engine: rabbitmq }', 'rabbitmq'],
    ['queue q { engine: sqs }', undefined],
    ['search s { engine: elasticsearch }', 'elasticsearch'],
    ['storage s { provider: "S3" }', undefined],
    ['external e { provider: "Google Cloud" }', 'googlecloud'],
    ['external e { provider: "gcp" }', 'googlecloud'],
    ['cdn e { provider: "Cloudflare" }', 'cloudflare'],
    ['cdn e { provider: "aws" }', undefined],
    ['external e { provider: "Azure" }', undefined],
    ['service s { instances: 2 }', undefined],
    ['database d { engine: sqlite, description: "redis" }', 'sqlite'],
  ];
  for (const [component, slug] of expected) {
    const [node] = diagramOfText(`design "x"\n${component}\n`).nodes;
    assert.equal(node.mark, slug, component);
  }
});

test('the mark is the simple-icons path, under the kind icon in the icon column: it never overlaps the text or the badges', async () => {
  const diagram = diagramOfText('design "x"\ndatabase db "Orders DB" { engine: postgres, replicas: 2, backup: 1d }\ncache c "Sessions" { engine: redis }\n');
  assert.equal(diagram.nodes.length, 2);
  const { svg, layout } = await renderDiagram(diagram, {}, inProcessElk());
  const { PAD, ICON, GAP, BADGE_H, MARK, MARK_GAP } = NODE_LAYOUT;
  for (const node of diagram.nodes) {
    const group = new RegExp(`<g class="node[^"]*" data-id="${node.id}"[^>]*>(.*?)</g></g>|<g class="node[^"]*" data-id="${node.id}"[^>]*>(.*)`).exec(svg)?.[0] ?? '';
    const mark = /<g class="mark" data-mark="([^"]+)" transform="translate\(([\d.]+),([\d.]+)\) scale\(([\d.]+)\)"><title>([^<]+)<\/title><path d="([^"]+)"\/><\/g>/.exec(group);
    assert.ok(mark, `${node.id} draws its mark`);
    const [, slug, x, y, scale, title, d] = mark;
    assert.equal(slug, node.mark);
    assert.equal(d, iconPath(slug), 'the path is the one simple-icons ships');
    assert.equal(title, node.id === 'db' ? 'PostgreSQL' : 'Redis');
    assert.equal(Number(scale) * 24, MARK);
    const m = measureNode(node);
    const left = m.inset.left + PAD;
    const top = m.inset.top + PAD;
    const textX = left + ICON + GAP;
    assert.ok(Number(x) >= left && Number(x) + MARK <= textX, 'the mark stays in the icon column, left of the label');
    assert.ok(Number(y) >= top + ICON + MARK_GAP - 0.01, 'the mark is below the kind icon');
    const badgeTop = layout.nodes[node.id].height - m.inset.bottom - PAD - BADGE_H;
    assert.ok(Number(y) + MARK <= badgeTop - GAP + 0.01, 'the mark ends above the badge row');
  }
});

test('a mark makes a node at most as tall as its icon column needs, never wider', () => {
  const [plain, marked] = diagramOfText('design "x"\ncache a "Sessions" { engine: local }\ncache b "Sessions" { engine: redis }\n').nodes;
  const [p, m] = [measureNode(plain), measureNode(marked)];
  assert.equal(m.width, p.width);
  const { PAD, ICON, MARK, MARK_GAP } = NODE_LAYOUT;
  assert.ok(m.height - m.inset.top - m.inset.bottom >= PAD + ICON + MARK_GAP + MARK + PAD);
});

test('every palette colours the mark, so it shows on light, dark and high-contrast backgrounds', () => {
  for (const [name, palette] of Object.entries(PALETTES)) {
    assert.match(themeCss(palette), new RegExp(`\\.mark\\{fill:${palette.muted}\\}`), name);
  }
});
