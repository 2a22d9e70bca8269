// ```sysd fences in markdown-it (the engine of VS Code's Markdown preview): drawn as the preview's SVG, errors shown escaped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { FenceDrawings, type FenceDrawing } from '../../client/src/markdown/fences';
import { sysdMarkdownIt } from '../../client/src/markdown/plugin';
import { renderDiagram } from '../../server/src/diagram/index';
import { fenceDesign } from '../../server/src/diagram/fence';

const DESIGN = `design "Shop <script>alert(1)</script>"
client web "Browser & <b>co</b>" { type: web }
service api "API" { instances: 2 }
database db "Orders" { engine: postgres, replicas: 2, backup: 1d }
web -> api : "HTTPS"
api -> db
`;

/** What the extension draws a fence with, minus the worker thread: the same analysis and renderer, in process. */
async function draw(text: string): Promise<FenceDrawing> {
  const design = fenceDesign(text);
  if ('errors' in design) return design;
  return { svg: (await renderDiagram(design.diagram, { theme: 'none', direction: 'right' })).svg };
}

function setup() {
  let refreshes = 0;
  const drawings = new FenceDrawings(draw, () => { refreshes++; });
  const md = sysdMarkdownIt(new MarkdownIt(), drawings);
  return { md, drawings, refreshes: () => refreshes };
}

const markdown = (fence: string) => `# Design\n\n\`\`\`sysd\n${fence}\`\`\`\n\nAfter.\n`;

test('a sysd fence is shown as drawing at first, then as the renderer\'s SVG once drawn, and the preview is asked to refresh', async () => {
  const { md, drawings, refreshes } = setup();
  const first = md.render(markdown(DESIGN));
  assert.match(first, /<div class="sysd-fence" data-sysd-fence="drawing">/);
  assert.match(first, /Drawing the sysd diagram/);
  assert.doesNotMatch(first, /<script>/, 'the source shown while drawing is escaped');
  await drawings.settled();
  assert.equal(refreshes(), 1);
  const html = md.render(markdown(DESIGN));
  const expected = (await draw(DESIGN)) as { svg: string };
  assert.ok(html.includes(expected.svg), 'the fence is exactly the renderer\'s SVG');
  assert.match(html, /data-sysd-fence="diagram"/);
  assert.match(html, /<h1>Design<\/h1>/);
  assert.match(html, /<p>After\.<\/p>/);
  // Labels are escaped by the one renderer: no markup from the design reaches the page.
  assert.doesNotMatch(html, /<script>|<b>co<\/b>/);
  assert.match(html, /Browser &amp; &lt;b&gt;co&lt;\/b&gt;/);
  // Every component drawn, with the preview's kind shapes and the connection.
  for (const id of ['web', 'api', 'db']) assert.match(html, new RegExp(`data-id="${id}"`));
  assert.equal(refreshes(), 1, 'an unchanged fence is not drawn again');
});

test('the fence takes VS Code\'s theme variables, scoped so the page\'s own classes are not restyled', async () => {
  const { md, drawings } = setup();
  md.render(markdown(DESIGN));
  await drawings.settled();
  const html = md.render(markdown(DESIGN));
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  assert.match(style, /\.sysd-fence \.shape\{fill:var\(--vscode-editorWidget-background/);
  assert.match(style, /\.sysd-fence \.label\{fill:var\(--vscode-editor-foreground/);
  assert.ok(style.split('\n').every((rule) => rule.startsWith('.sysd-fence')), 'every rule is scoped to the fence');
  assert.doesNotMatch(html, /#0d1117|#f6f8fa\}/, 'no fixed palette is embedded');
});

test('a fence with a syntax error shows the error, escaped, not a blank or half a picture', async () => {
  const { md, drawings } = setup();
  const broken = 'design "x"\nservice a "<img src=x onerror=alert(1)>" {\nservice b\n';
  md.render(markdown(broken));
  await drawings.settled();
  const html = md.render(markdown(broken));
  assert.match(html, /data-sysd-fence="error"/);
  assert.match(html, /class="sysd-fence sysd-fence-error"/);
  assert.match(html, /error(s)? in this sysd design/);
  assert.match(html, /line \d+: /);
  assert.doesNotMatch(html, /<svg/);
  assert.doesNotMatch(html, /<img/);
});

test('other fences render as before; a failed layout says so in the page', async () => {
  const drawings = new FenceDrawings(async () => { throw new Error('ELK gave up'); }, () => {});
  const md = sysdMarkdownIt(new MarkdownIt(), drawings);
  const plain = new MarkdownIt();
  const other = '```js\nconst a = "<b>";\n```\n\n```sysdx\nnot ours\n```\n';
  assert.equal(md.render(other), plain.render(other));
  md.render(markdown(DESIGN));
  await drawings.settled();
  const html = md.render(markdown(DESIGN));
  assert.match(html, /data-sysd-fence="error"/);
  assert.match(html, /the diagram could not be drawn: ELK gave up/);
});

test('drawings are kept for the most recently shown fences only', async () => {
  const drawn: string[] = [];
  const drawings = new FenceDrawings(async (text) => { drawn.push(text); return { svg: `<svg>${text}</svg>` }; }, () => {}, 2);
  for (const text of ['a', 'b']) drawings.get(text);
  await drawings.settled();
  assert.deepEqual(drawings.get('a'), { svg: '<svg>a</svg>' });
  drawings.get('c');
  await drawings.settled();
  assert.equal(drawings.get('b'), undefined, 'b, the least recently shown, was dropped');
  assert.deepEqual(drawings.get('a'), { svg: '<svg>a</svg>' });
  await drawings.settled();
  assert.deepEqual(drawn, ['a', 'b', 'c', 'b']);
});
