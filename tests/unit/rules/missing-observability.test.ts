// Rule missing-observability: designs that fire it (where a design-wide finding sits), near misses, @allow on the header, its fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completionsAt } from '../../../server/src/language/completion';
import { formatText } from '../../../server/src/language/format';
import { hoverAt } from '../../../server/src/language/hover';
import { analysisOf, positionOf, URI } from '../editor-support';
import { BASE, DESIGN, vary } from './designs';
import { apply, findings, fixesFor } from '../rules-support';
import { ruleTester } from './tester';

const MONITORING = '\nmonitoring observability "Metrics, logs and alerts" { signals: [metrics, logs, traces, alerts] }\n';

ruleTester('missing-observability', {
  valid: [
    vary([], MONITORING),
    // Nothing to operate: a client and a managed store only.
    'design "Static"\n\nclient web "Browser" { type: web }\nstorage site "Site bucket" { managed: true }\n\nweb -> site : "HTTPS" { protocol: https }\n',
  ],
  invalid: [
    { design: BASE, findings: [{ at: '"Base"', line: 0, severity: 'info', message: /The design runs 1 gateway and 1 service but has no `monitoring` component\..*Add one with metrics, logs, traces and alerts/s }] },
    // A worker alone is something to operate too.
    { design: 'design "Jobs"\n\nworker sweeper "Sweeper"\n', findings: [{ at: '"Jobs"', line: 0, severity: 'info', message: /runs 1 worker but/ }] },
  ],
  fixed: [
    { output: BASE + MONITORING },
    // A comment closing the last line stays on it.
    { design: `${BASE.trimEnd()} // the only store\n`, output: `${BASE.trimEnd()} // the only store\n${MONITORING}` },
  ],
});

test('missing-observability: without a header it sits at the start of the file', () => {
  const headerless = DESIGN.replace('monitoring observability "Monitoring"\napi ~> observability\n', '');
  const found = findings(headerless, 'missing-observability');
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
});

test('missing-observability: silent while the file has a syntax error (the monitoring may be what it swallowed)', () => {
  assert.deepEqual(findings('service api "API" { instances: 3\nservice db\napi -> db\n', 'missing-observability'), []);
});

test('missing-observability: raised to warning at 99.9% availability, saying why', () => {
  const design = vary([['design "Base"\n', 'design "Base"\n\nscale {\n  availability: 99.9%\n}\n']]);
  const [finding] = findings(design, 'missing-observability');
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /Raised to warning because the design targets 99\.9% availability/);
});

test('missing-observability: an @allow before the header is kept by the formatter', () => {
  const design = `@allow(missing-observability, "a prototype")\n${BASE}`;
  assert.deepEqual(findings(design, 'missing-observability'), []);
  assert.equal(formatText(design), design);
});

test('missing-observability: completion and hover know the new rule ids in an @allow before the header', () => {
  const text = '@allow(missing-observability, "a prototype")\ndesign "A"\n\nservice api "API" { instances: 2 }\n';
  const analysis = analysisOf(text);
  const ids = completionsAt(analysis, text, positionOf(text, '@allow(', 7)).map((c) => c.label);
  for (const id of ['missing-observability', 'missing-authentication', 'unencrypted-sensitive-data', 'sync-call-to-worker', 'storage-beyond-one-node']) {
    assert.ok(ids.includes(id), `${id} is offered`);
  }
  const markdown = hoverAt(analysis, URI, positionOf(text, 'missing-observability', 3))?.markdown ?? '';
  assert.match(markdown, /\*\*missing-observability\*\* · reliability rule, info by default/);
  assert.match(markdown, /Allowed here because:\*\* a prototype/);
});

test('missing-observability: an @allow before the header that silences nothing is unused, and its fix removes it', () => {
  const design = `@allow(missing-observability, "a prototype")\n${vary([], MONITORING)}`;
  const [unused] = findings(design, 'unused-allow');
  assert.ok(unused, 'an unused-allow hint');
  assert.deepEqual(unused.range.start, { line: 0, character: 7 });
  const remove = fixesFor(design, unused).find((f) => f.title.startsWith('Remove the unused'));
  assert.ok(remove);
  assert.equal(apply(design, remove), vary([], MONITORING));
});
