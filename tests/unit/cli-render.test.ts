// `sysd render`: the preview's SVG on stdout or in a file, PNG through resvg, clear errors for bad arguments.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { renderDesignSvg } from '../../server/src/diagram/index';
import { analyze } from '../../server/src/language/analysis';
import { fileSystemHost, ParseCache, toUri } from '../../server/src/language/host';
import { EXAMPLES, sysd, workspace } from './cli-support';

const CHECKOUT = `design "Checkout"
client web "Browser" { type: web }
service orders "Orders" { instances: 3 }
database db "Orders DB" { engine: postgres, replicas: 2, backup: 1d }
web -> orders : "HTTPS"
orders -> db
`;

test('renders the same SVG as the preview renderer, to stdout', async () => {
  const dir = workspace({ 'checkout.sysd': CHECKOUT });
  const run = await sysd(['render', 'checkout.sysd'], dir);
  assert.equal(run.code, 0, run.err);
  const analysis = analyze(toUri(path.join(dir, 'checkout.sysd')), fileSystemHost(undefined, new ParseCache()));
  assert.equal(run.out, await renderDesignSvg(analysis.model, [...analysis.model.diagnostics, ...analysis.findings]));
  assert.match(run.out, /<g class="node kind-database" data-id="db"/);
});

test('--viewport lays out exactly as the preview does for a panel of that size', async () => {
  const dir = workspace({ 'checkout.sysd': CHECKOUT });
  const tall = await sysd(['render', 'checkout.sysd', '--viewport', '960x1000'], dir);
  const wide = await sysd(['render', 'checkout.sysd', '--viewport=1900x800'], dir);
  const forced = await sysd(['render', 'checkout.sysd', '--viewport', '960x1000', '--direction', 'right'], dir);
  for (const run of [tall, wide, forced]) assert.equal(run.code, 0, run.err);
  const analysis = analyze(toUri(path.join(dir, 'checkout.sysd')), fileSystemHost(undefined, new ParseCache()));
  const findings = [...analysis.model.diagnostics, ...analysis.findings];
  assert.equal(tall.out, await renderDesignSvg(analysis.model, findings, { direction: 'auto', viewport: { width: 960, height: 1000 } }));
  const size = (svg: string) => /width="(\d+)" height="(\d+)"/.exec(svg)?.slice(1).map(Number) ?? [];
  assert.ok(size(tall.out)[1] > size(tall.out)[0], 'a square panel gets a top-down picture');
  assert.ok(size(wide.out)[0] > size(wide.out)[1], 'a wide panel a left-to-right one');
  assert.ok(size(forced.out)[0] > size(forced.out)[1], '--direction wins over the panel');
  const bad = await sysd(['render', 'checkout.sysd', '--viewport', 'big'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--viewport takes a size in px as WIDTHxHEIGHT, for example 960x1000\./);
});

test('writes SVG to -o, honours --direction and --theme', async () => {
  const dir = workspace({ 'checkout.sysd': CHECKOUT });
  const right = await sysd(['render', 'checkout.sysd', '-o', 'right.svg'], dir);
  const down = await sysd(['render', 'checkout.sysd', '-o', 'down.svg', '--direction', 'down', '--theme=dark'], dir);
  assert.equal(right.code, 0, right.err);
  assert.equal(down.code, 0, down.err);
  const [a, b] = ['right.svg', 'down.svg'].map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const size = (svg: string) => /width="(\d+)" height="(\d+)"/.exec(svg)?.slice(1).map(Number) ?? [];
  assert.ok(size(a)[0] > size(a)[1], 'flowing right is wider than tall');
  assert.ok(size(b)[1] > size(b)[0], 'flowing down is taller than wide');
  assert.match(b, /\.bg\{fill:#0d1117\}/, 'the dark palette');
});

test('writes a PNG with resvg, chosen by --format or the file extension', async () => {
  const dir = workspace({ 'checkout.sysd': CHECKOUT });
  for (const args of [['-o', 'out.png'], ['--format', 'png', '-o', 'other.img']]) {
    const run = await sysd(['render', 'checkout.sysd', ...args], dir);
    assert.equal(run.code, 0, run.err);
    const bytes = readFileSync(path.join(dir, args[args.length - 1]));
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(bytes.length > 5000, `a real picture, not an empty one (${bytes.length} bytes)`);
  }
  const implicit = await sysd(['render', 'checkout.sysd', '--format', 'png'], dir);
  assert.equal(implicit.code, 0);
  assert.ok(existsSync(path.join(dir, 'checkout.png')), 'PNG without -o goes next to the name of the design');
});

test('renders an example with groups', async () => {
  const run = await sysd(['render', path.join(EXAMPLES, 'url-shortener.sysd')]);
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /<g class="group" data-id="backend">/);
});

test('bad arguments and missing files are usage errors with a clear message', async () => {
  const dir = workspace({ 'checkout.sysd': CHECKOUT });
  const cases: Array<[string[], RegExp]> = [
    [['render'], /which design\?/],
    [['render', 'missing.sysd'], /cannot read 'missing\.sysd'/],
    [['render', 'checkout.sysd', '--format', 'gif'], /--format takes svg or png, not 'gif'/],
    [['render', 'checkout.sysd', '--direction', 'up'], /--direction takes right or down/],
    [['render', 'checkout.sysd', '--theme', 'neon'], /--theme takes light or dark or high-contrast/],
    [['render', 'checkout.sysd', '--frobnicate'], /unknown option '--frobnicate'/],
    [['render', 'checkout.sysd', 'other.sysd'], /cannot read 'other\.sysd': no such file/],
    [['render', 'checkout.sysd', 'checkout.sysd'], /several designs, a directory or a glob need -o DIR: one \.svg per design/],
    [['render', '.'], /need -o DIR/],
  ];
  for (const [argv, message] of cases) {
    const run = await sysd(argv, dir);
    assert.equal(run.code, 2, argv.join(' '));
    assert.match(run.err, message);
  }
});

test('a design with a syntax error is still drawn, the error is reported and render exits 1', async () => {
  const dir = workspace({ 'broken.sysd': 'service a {\nservice b\na -> b\n' });
  const run = await sysd(['render', 'broken.sysd'], dir);
  assert.equal(run.code, 1);
  assert.match(run.err, /broken\.sysd:\d+:\d+ error syntax-error/);
  assert.match(run.out, /data-id="b"/);
});

test('every error is reported as check reports it, what can be drawn is drawn, and render exits 1 like export', async () => {
  const dir = workspace({ 'typo.sysd': 'design "Typo"\nservice api\ndatabase db { replicas: 2, backup: 1d }\napi -> dbb : "SELECT"\napi -> db\n' });
  const check = await sysd(['check', 'typo.sysd'], dir);
  const error = check.out.split('\n').find((line) => line.includes('unresolved-reference'));
  assert.ok(error, check.out);
  for (const args of [['-o', 'typo.svg'], ['-o', 'typo.png'], []]) {
    const run = await sysd(['render', 'typo.sysd', ...args], dir);
    assert.equal(run.code, 1, args.join(' '));
    assert.match(run.err, /^typo\.sysd:4:8 error unresolved-reference Unknown component 'dbb'/m);
    assert.ok(run.err.includes(error.slice(error.indexOf('Unknown'))), 'the same message as check');
    assert.match(run.err, /^sysd render: the design has 1 error; the output shows what could be read\.$/m);
  }
  const svg = readFileSync(path.join(dir, 'typo.svg'), 'utf8');
  assert.match(svg, /data-id="api"/);
  assert.match(svg, /data-id="db"/);
});

test('a clean design renders with nothing on stderr and exits 0', async () => {
  const dir = workspace({ 'checkout.sysd': CHECKOUT });
  const run = await sysd(['render', 'checkout.sysd', '-o', 'out.svg'], dir);
  assert.equal(run.code, 0);
  assert.equal(run.err, '');
});

test('an empty design (an empty file, or only comments) renders an empty-state picture and exits 0', async () => {
  const dir = workspace({ 'empty.sysd': '', 'comments.sysd': '// nothing yet\n/* still nothing */\n', 'titled.sysd': 'design "Payments"\n' });
  for (const name of ['empty', 'comments', 'titled']) {
    const png = await sysd(['render', `${name}.sysd`, '-o', `${name}.png`], dir);
    assert.equal(png.code, 0, `${name}: ${png.err}`);
    assert.equal(png.err, '');
    const bytes = readFileSync(path.join(dir, `${name}.png`));
    assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], `${name}: a PNG`);
    const svg = await sysd(['render', `${name}.sysd`], dir);
    assert.equal(svg.code, 0);
    assert.match(svg.out, /No components yet/);
  }
  assert.match((await sysd(['render', 'titled.sysd'], dir)).out, /<text class="title"[^>]*>Payments<\/text>/);
});
