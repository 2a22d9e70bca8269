// PNGs are drawn in the bundled font whatever the machine has: text in the pixels is as wide as the layout measured.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { FONT, FONT_FAMILY, textWidth } from '../../server/src/diagram/measure';
import { ROOT, workspace } from './cli-support';

/**
 * A machine without fonts-liberation: fontconfig sees only DejaVu (resvg reads FONTCONFIG_FILE). Before the font was
 * bundled, resvg drew DejaVu Sans here, about 10% wider than the Arial widths the layout uses.
 */
function dejavuOnly(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sysd-fonts-')), 'fonts.conf');
  writeFileSync(file, '<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir></fontconfig>\n');
  return file;
}

/** Runs a TypeScript module from the sources in a child process, so the fontconfig it sees is the one given. */
function runWithFonts(module: string, args: string[], cwd: string, fontconfig?: string): void {
  const env = { ...process.env, FONTCONFIG_FILE: fontconfig };
  const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), module, ...args], { cwd, env, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
}

const SYSD = path.join(ROOT, 'server/src/cli/sysd.ts');

interface Pixels { width: number; height: number; rgba: Uint8Array }

/** Decodes the 8-bit RGBA PNGs resvg writes (no interlace): inflate the IDAT chunks, undo each row's filter. */
function decodePng(bytes: Buffer): Pixels {
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      assert.deepEqual([body[8], body[9], body[12]], [8, 6, 0], '8-bit RGBA, not interlaced');
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? rgba[y * stride + x - 4] : 0;
      const b = y > 0 ? rgba[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter];
      rgba[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return { width, height, rgba };
}

/** Left and right column (in SVG units) of the dark pixels of a picture drawn black on white. */
function inkExtent({ width, height, rgba }: Pixels, scale: number): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (rgba[(y * width + x) * 4] < 160) { left = Math.min(left, x); right = Math.max(right, x + 1); }
    }
  }
  return { left: left / scale, right: right / scale };
}

const SCALE = 2;
const SAMPLES: Array<{ text: string; size: number; bold: boolean }> = [
  { text: 'Orders service', size: FONT.label, bold: true },
  { text: 'Payment provider (Stripe)', size: FONT.label, bold: true },
  { text: 'WWW mmm @ 100%', size: FONT.label, bold: true },
  { text: 'orders-db · database', size: FONT.sub, bold: false },
  { text: 'ttl 1h', size: FONT.badge, bold: false },
  { text: '2 replicas', size: FONT.badge, bold: false },
  { text: 'writes 100M/day', size: FONT.badge, bold: false },
];

test('on a machine without Liberation Sans, PNG text is as wide as the layout measured it, never wider', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sysd-ink-'));
  const fontconfig = dejavuOnly();
  SAMPLES.forEach((sample, i) => {
    // The diagram's own font stack and weight, one text on white, through `sysd render`'s rasteriser.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40" font-family="${FONT_FAMILY.replace(/'/g, '&#39;')}">`
      + `<rect width="400" height="40" fill="#fff"/><text x="10" y="26" font-size="${sample.size}" font-weight="${sample.bold ? 700 : 400}" fill="#000">${sample.text}</text></svg>`;
    writeFileSync(path.join(dir, `${i}.svg`), svg);
    const script = `import { svgToPng } from ${JSON.stringify(path.join(ROOT, 'server/src/cli/render.ts'))};`
      + `import { readFileSync, writeFileSync } from 'node:fs';`
      + `writeFileSync('${i}.png', await svgToPng(readFileSync('${i}.svg', 'utf8'), ${SCALE}));`;
    writeFileSync(path.join(dir, `${i}.mts`), script);
    runWithFonts(path.join(dir, `${i}.mts`), [], dir, fontconfig);
    const ink = inkExtent(decodePng(readFileSync(path.join(dir, `${i}.png`))), SCALE);
    const measured = textWidth(sample.text, sample.size, sample.bold);
    const drawn = ink.right - ink.left;
    assert.ok(Math.abs(ink.left - 10) < 2, `${sample.text}: starts at x=10 (${ink.left})`);
    assert.ok(drawn <= measured, `${sample.text}: drawn ${drawn}px wide, measured ${measured}px`);
    assert.ok(drawn >= measured * 0.85, `${sample.text}: drawn ${drawn}px wide, far narrower than the measured ${measured}px`);
  });
});

test('`sysd render` writes the same PNG whatever fonts the machine has', () => {
  const design = 'service orders "Orders service" { instances: 3 }\ndatabase db "Orders DB" { engine: postgres, replicas: 2, backup: 1d }\norders -> db\n';
  const dir = workspace({ 'shop.sysd': design });
  runWithFonts(SYSD, ['render', 'shop.sysd', '-o', 'here.png'], dir);
  runWithFonts(SYSD, ['render', 'shop.sysd', '-o', 'dejavu.png'], dir, dejavuOnly());
  const here = readFileSync(path.join(dir, 'here.png'));
  assert.ok(here.equals(readFileSync(path.join(dir, 'dejavu.png'))), 'the PNGs differ: the system fonts still matter');
});
