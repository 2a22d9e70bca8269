// "New Design from Template": every template (the examples and the blank outline) is listed, described and checks clean.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { describeTemplate, sortTemplates, TEMPLATES_FOLDER } from '../../client/src/templates/catalog';
import { ROOT, sysd } from './cli-support';

const BUILT = path.join(ROOT, TEMPLATES_FOLDER);
const sources = () => ['examples', 'templates'].flatMap((folder) =>
  readdirSync(path.join(ROOT, folder)).filter((name) => name.endsWith('.sysd')).map((name) => path.join(folder, name)));

before(() => {
  // The build copies the templates; when the unit tests run alone, build so the copies are the current files.
  if (!existsSync(BUILT)) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  }
});

test('the build copies every example and the blank outline, unchanged, into the extension\'s template folder', () => {
  const expected = sources();
  assert.deepEqual(readdirSync(BUILT).sort(), expected.map((file) => path.basename(file)).sort());
  for (const file of expected) {
    assert.equal(readFileSync(path.join(BUILT, path.basename(file)), 'utf8'), readFileSync(path.join(ROOT, file), 'utf8'), file);
  }
});

test('the Quick Pick lists the blank outline first, then the guide\'s classic problems by title', () => {
  const templates = sortTemplates(readdirSync(BUILT).map((name) => describeTemplate(name, readFileSync(path.join(BUILT, name), 'utf8'))));
  assert.deepEqual(templates.map((t) => [t.id, t.label]), [
    ['blank', 'Blank design'],
    ['chat-system', 'Chat System'],
    ['news-feed', 'News Feed'],
    ['ride-hailing', 'Ride Hailing'],
    ['url-shortener', 'URL Shortener'],
  ]);
  assert.equal(templates.find((t) => t.id === 'url-shortener')?.detail, "URL shortener (like bit.ly): the guide's Problem 1 as a sysd design.");
  for (const template of templates) assert.ok(template.detail.length > 20, `${template.id} has a one-line description`);
});

test('the blank outline walks through the interview steps in comments, around a scale block to fill in', () => {
  const blank = readFileSync(path.join(ROOT, 'templates/blank.sysd'), 'utf8');
  const steps = [...blank.matchAll(/^\/\/ (\d)\. ([^:]+):/gm)].map((m) => `${m[1]} ${m[2]}`);
  assert.deepEqual(steps, ['1 Requirements', '2 Estimation', '3 Data model', '4 System interface (API)', '5 Components', '6 Optimisation']);
  assert.match(blank, /^scale \{\n {2}dau: 1M/m);
});

test('every template checks clean with sysd check: no error, warning, info or hint', async () => {
  for (const file of sources()) {
    const run = await sysd(['check', file, '--format', 'json']);
    assert.equal(run.code, 0, `${file}: ${run.out}${run.err}`);
    const report = JSON.parse(run.out);
    assert.deepEqual(report.files, [file]);
    assert.deepEqual(report.findings, [], `${file} has findings`);
    assert.deepEqual([report.summary.errors, report.summary.warnings, report.summary.infos, report.summary.hints], [0, 0, 0, 0]);
  }
});
