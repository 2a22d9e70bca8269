// The preview's failure overlay as data: which drawn nodes, groups and edges get which mark, and the banner texts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { collapseGroups } from '../../server/src/diagram/collapse';
import { overlayOf } from '../../server/src/diagram/impactOverlay';
import { diagramOfAnalysis } from '../../server/src/diagram/ofAnalysis';
import { analysisOf } from './editor-support';

const shortener = analysisOf(readFileSync(new URL('../../examples/url-shortener.sysd', import.meta.url), 'utf8'));
const design = diagramOfAnalysis(shortener);

/** The marked keys of each kind of mark. */
function byMark(marks: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(marks)) for (const mark of list) (out[mark] ??= []).push(key);
  for (const list of Object.values(out)) list.sort();
  return out;
}

test('the load balancer down: it is failed, everything behind it greyed (no client reaches it), its edges cut', () => {
  const overlay = overlayOf(design, design, shortener.whatIf(['lb']), { failing: ['lb'], spof: false });
  const marks = byMark(overlay.marks);
  assert.deepEqual(marks.failed, ['node:lb']);
  assert.deepEqual(marks.unreachable, [
    'group:app', 'group:backend', 'group:data', 'node:click-counts', 'node:click-stats', 'node:hot-urls', 'node:live-stats', 'node:redirector',
    'node:shortener', 'node:url-cache', 'node:urls',
  ]);
  assert.equal(marks.partial, undefined);
  // The CDN still takes the browsers' calls; the analytics pipeline is not on a request path.
  for (const id of ['edge', 'web', 'mobile', 'clicks', 'analytics']) assert.equal(overlay.marks[`node:${id}`], undefined, id);
  assert.ok(marks.cut.includes('edge:edge->lb') && marks.cut.includes('edge:lb->redirector') && marks.cut.includes('edge:mobile->lb'));
  assert.ok(!marks.cut.includes('edge:web->edge'), 'the browser still reaches the CDN');
  assert.equal(overlay.spof, undefined);
  assert.deepEqual(overlay.failure, {
    title: 'If lb fails',
    lines: [
      'mobile loses 9 components: click-counts, click-stats, hot-urls, lb, live-stats, redirector, shortener, url-cache, urls',
      'web loses 9 components: click-counts, click-stats, hot-urls, lb, live-stats, redirector, shortener, url-cache, urls',
      'flow redirect breaks at step 2 (edge → lb)',
      'flow shorten breaks at step 1 (mobile → lb)',
    ],
  });
});

test('a component only some clients lost is outlined (partial), not greyed', () => {
  const analysis = analysisOf('client web\nclient app\ncdn edge\nservice api { instances: 2 }\nweb -> edge -> api\napp -> api\n');
  const diagram = diagramOfAnalysis(analysis);
  const overlay = overlayOf(diagram, diagram, analysis.whatIf(['edge']), { failing: ['edge'], spof: false });
  assert.deepEqual(overlay.marks, { 'node:edge': ['failed'], 'node:api': ['partial'], 'edge:web->edge': ['cut'], 'edge:edge->api': ['cut'] });
  assert.deepEqual(overlay.failure?.lines, ['app still reaches everything it did', 'web loses 2 components: api, edge']);
});

test('a failed group fails as a whole; a queue whose consumers are all down is marked stalled', () => {
  const overlay = overlayOf(design, design, shortener.whatIf(['analytics-pipeline']), { failing: ['analytics-pipeline'], spof: false });
  assert.deepEqual(overlay.marks['group:analytics-pipeline'], ['failed']);
  const dead = overlayOf(design, design, shortener.whatIf(['analytics', 'clicks-dlq']), { failing: ['analytics', 'clicks-dlq'], spof: false });
  assert.deepEqual(dead.marks['node:clicks'], ['stalled']);
  assert.equal(dead.failure?.title, 'If analytics, clicks-dlq fail');
  assert.ok(dead.failure?.lines.includes('clicks stalls: no consumer left'));
});

test('a collapsed group shows what happens inside it', () => {
  const drawn = collapseGroups(design, ['data']);
  const overlay = overlayOf(drawn, design, shortener.whatIf(['urls']), { failing: ['urls'], spof: true });
  assert.deepEqual(overlay.marks['group:data'], ['partial', 'spof']);
  assert.equal(overlay.marks['node:urls'], undefined, 'not drawn');
});

test('single points of failure: a mark on each and the list with the clients it cuts off, with or without a failure', () => {
  const overlay = overlayOf(design, design, shortener.whatIf([]), { spof: true });
  // The CDN is managed (redundant by itself) in the v2 example: the hot-URL store is the one left.
  assert.deepEqual(byMark(overlay.marks), { spof: ['node:hot-urls'] });
  assert.equal(overlay.failure, undefined);
  assert.deepEqual(overlay.spof, { title: '1 single point of failure', lines: ['hot-urls cuts off mobile, web'] });
  const both = overlayOf(design, design, shortener.whatIf(['lb']), { failing: ['lb'], spof: true });
  assert.deepEqual(both.marks['node:hot-urls'], ['unreachable', 'spof']);
});

test('externals are listed with their sla; a redundant design has none', () => {
  const analysis = analysisOf('client web\nservice api { instances: 2 }\nexternal pay { sla: 99.95% }\nweb -> api -> pay\n');
  const diagram = diagramOfAnalysis(analysis);
  const overlay = overlayOf(diagram, diagram, analysis.whatIf([]), { spof: true });
  assert.deepEqual(overlay.spof, {
    title: '0 single points of failure',
    lines: ['None: every component on a request path is redundant by itself.', 'pay (external, sla 99.95%) is used by web'],
  });
  assert.deepEqual(overlay.marks, {});
});
