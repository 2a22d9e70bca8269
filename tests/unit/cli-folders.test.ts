// `sysd render` and `sysd export` over files, directories and globs into -o DIR, and `render --update-links` for READMEs.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { imageLinks } from '../../server/src/cli/renderLinks';
import { sysd, workspace } from './cli-support';

const design = (title: string) => `design "${title}"
client web "Browser" { type: web }
service api "API" { instances: 2 }
web -> api : "HTTPS"
`;
const BROKEN = 'service a {\nservice b\na -> b\n';

test('render DIR -o OUT draws one SVG per design, each the same as rendering the file alone', async () => {
  const dir = workspace({ 'designs/a.sysd': design('Alpha'), 'designs/nested/b.sysd': design('Beta'), 'designs/notes.txt': 'not a design' });
  const run = await sysd(['render', 'designs', '-o', 'pictures'], dir);
  assert.equal(run.code, 0, run.err);
  assert.equal(run.out, '');
  assert.deepEqual(readdirSync(path.join(dir, 'pictures')).sort(), ['a.svg', 'b.svg']);
  assert.match(run.err, /wrote pictures\/a\.svg/);
  const alone = await sysd(['render', 'designs/nested/b.sysd'], dir);
  assert.equal(readFileSync(path.join(dir, 'pictures/b.svg'), 'utf8'), alone.out);
  assert.match(alone.out, />Beta</);
});

test('render takes quoted globs and several files, and --format png writes PNGs', async () => {
  const dir = workspace({ 'a.sysd': design('Alpha'), 'b.sysd': design('Beta'), 'c.sysd': design('Gamma') });
  const globbed = await sysd(['render', '{a,b}.sysd', '-o', 'out', '--format', 'png'], dir);
  assert.equal(globbed.code, 0, globbed.err);
  assert.deepEqual(readdirSync(path.join(dir, 'out')).sort(), ['a.png', 'b.png']);
  assert.deepEqual([...readFileSync(path.join(dir, 'out/a.png')).subarray(1, 4)], [0x50, 0x4e, 0x47]);
  const listed = await sysd(['render', 'a.sysd', 'c.sysd', '-o', 'listed'], dir);
  assert.equal(listed.code, 0, listed.err);
  assert.deepEqual(readdirSync(path.join(dir, 'listed')).sort(), ['a.svg', 'c.svg']);
});

test('one file keeps today\'s behaviour: stdout, -o FILE, and -o DIR when DIR exists', async () => {
  const dir = workspace({ 'a.sysd': design('Alpha'), 'existing/.keep': '' });
  const stdout = await sysd(['render', 'a.sysd'], dir);
  assert.match(stdout.out, /^<svg/);
  const file = await sysd(['render', 'a.sysd', '-o', 'picture.svg'], dir);
  assert.equal(file.err, '');
  assert.equal(readFileSync(path.join(dir, 'picture.svg'), 'utf8'), stdout.out);
  await sysd(['render', 'a.sysd', '-o', 'existing'], dir);
  assert.equal(readFileSync(path.join(dir, 'existing/a.svg'), 'utf8'), stdout.out);
});

test('the exit code is the worst over all designs; each error is reported with its file and the rest is still written', async () => {
  const dir = workspace({ 'designs/good.sysd': design('Good'), 'designs/broken.sysd': BROKEN });
  writeFileSync(path.join(dir, 'designs/binary.sysd'), Buffer.from([0x00, 0x01, 0x02]));
  const run = await sysd(['render', 'designs', '-o', 'out'], dir);
  assert.equal(run.code, 2);
  assert.match(run.err, /cannot read 'designs\/binary\.sysd': it is a binary file/);
  assert.match(run.err, /designs\/broken\.sysd:\d+:\d+ error syntax-error/);
  assert.deepEqual(readdirSync(path.join(dir, 'out')).sort(), ['broken.svg', 'good.svg']);
  const findings = await sysd(['export', 'designs/good.sysd', 'designs/broken.sysd', '--format', 'json', '-o', 'json'], dir);
  assert.equal(findings.code, 1);
  assert.match(findings.err, /designs\/broken\.sysd:\d+:\d+ error syntax-error/);
});

test('export DIR -o OUT writes one file per design with the format\'s extension, the same as exporting each alone', async () => {
  const dir = workspace({ 'designs/a.sysd': design('Alpha'), 'designs/b.sysd': design('Beta') });
  for (const [format, extension] of [['mermaid', 'mmd'], ['d2', 'd2'], ['json', 'json']]) {
    const run = await sysd(['export', 'designs', '--format', format, '-o', `out-${format}`], dir);
    assert.equal(run.code, 0, run.err);
    assert.deepEqual(readdirSync(path.join(dir, `out-${format}`)).sort(), [`a.${extension}`, `b.${extension}`]);
    const alone = await sysd(['export', 'designs/b.sysd', '--format', format], dir);
    assert.equal(readFileSync(path.join(dir, `out-${format}/b.${extension}`), 'utf8'), alone.out);
  }
});

test('folders: no -o, nothing matched, a missing path and two designs with one base name are usage errors that write nothing', async () => {
  const dir = workspace({ 'x/a.sysd': design('One'), 'y/a.sysd': design('Two') });
  const cases: Array<[string[], RegExp]> = [
    [['render', 'x', 'y', '-o', 'out'], /'x\/a\.sysd' and 'y\/a\.sysd' would both be written to 'out\/a\.svg'/],
    [['export', '**/*.sysd', '--format', 'd2'], /need -o DIR: one \.d2 per design is written there \(found 2\)/],
    [['render', 'z/*.sysd', '-o', 'out'], /no \.sysd files match 'z\/\*\.sysd'/],
    [['export', 'x', 'nope', '--format', 'json', '-o', 'out'], /cannot read 'nope': no such file or directory/],
  ];
  for (const [argv, message] of cases) {
    const run = await sysd(argv, dir);
    assert.equal(run.code, 2, argv.join(' '));
    assert.match(run.err, message);
    assert.equal(existsSync(path.join(dir, 'out/a.svg')), false);
  }
});

test('imageLinks: SVG and PNG images, each with the design a preceding sysd comment names; URLs and other images skipped', () => {
  const links = imageLinks([
    '# Title',
    '![logo](media/logo.png) ![remote](https://example.com/x.svg)',
    '<!-- sysd: ../examples/shop.sysd -->',
    '![The shop](<docs/the shop.svg> "Shop")',
    '![photo](photo.jpg) <!-- sysd: a.sysd --> ![inline](pictures/a.png)',
  ].join('\n'));
  assert.deepEqual(links, [
    { image: 'media/logo.png', design: undefined, line: 2 },
    { image: 'docs/the shop.svg', design: '../examples/shop.sysd', line: 4 },
    { image: 'pictures/a.png', design: 'a.sysd', line: 5 },
  ]);
});

test('render --update-links re-draws the images a README links to: beside a same-named design, or named by a comment', async () => {
  const dir = workspace({
    'README.md': [
      '# Shop', '', '![Shop](docs/shop.svg)', '', '<!-- sysd: designs/orders.sysd -->', '![Orders](docs/images/orders.png)',
      '', '![Logo](docs/logo.svg)',
    ].join('\n'),
    'docs/shop.sysd': design('Shop'),
    'docs/shop.svg': '<svg>stale</svg>',
    'docs/logo.svg': '<svg>a logo, not a design</svg>',
    'designs/orders.sysd': design('Orders'),
    'docs/images/.keep': '',
  });
  const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
  const run = await sysd(['render', '--update-links', 'README.md'], dir);
  assert.equal(run.code, 0, run.err);
  assert.match(run.err, /wrote docs\/shop\.svg/);
  assert.match(run.err, /wrote docs\/images\/orders\.png/);
  assert.equal(readFileSync(path.join(dir, 'docs/shop.svg'), 'utf8'), (await sysd(['render', 'docs/shop.sysd'], dir)).out);
  assert.ok(statSync(path.join(dir, 'docs/images/orders.png')).size > 1000);
  assert.equal(readFileSync(path.join(dir, 'docs/logo.svg'), 'utf8'), '<svg>a logo, not a design</svg>');
  assert.equal(readFileSync(path.join(dir, 'README.md'), 'utf8'), readme);
});

test('render --update-links: a README without design pictures or naming a missing design is a usage error', async () => {
  const dir = workspace({ 'plain.md': '![Logo](logo.svg)\n', 'wrong.md': '<!-- sysd: gone.sysd -->\n![x](x.svg)\n' });
  const plain = await sysd(['render', '--update-links', 'plain.md'], dir);
  assert.equal(plain.code, 2);
  assert.match(plain.err, /no image in plain\.md is drawn from a design/);
  const wrong = await sysd(['render', '--update-links', 'wrong.md'], dir);
  assert.equal(wrong.code, 2);
  assert.match(wrong.err, /wrong\.md:2: the design 'gone\.sysd' named for 'x\.svg' does not exist/);
  assert.equal(existsSync(path.join(dir, 'x.svg')), false);
});
