// The many-files benchmark's designs: each importer is a valid design that reads the shared file's components.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importerText, sharedText } from '../../bench/manyFiles.bench';
import { analyze } from '../../server/src/language/analysis';

test('an importer of the shared file resolves its connections into it without errors', () => {
  const files: Record<string, string> = { 'file:///b/shared.sysd': sharedText(50), 'file:///b/team7.sysd': importerText(7) };
  const analysis = analyze('file:///b/team7.sysd', { read: (uri) => files[uri], resolve: (from, path) => new URL(path, from).href });
  assert.deepEqual(analysis.model.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
  assert.ok(analysis.model.files.has('file:///b/shared.sysd'), 'the shared file is part of the design');
  assert.ok(analysis.model.components.some((c) => c.id === 'team7'));
  assert.ok(analysis.model.components.some((c) => c.id === 'edge'), 'the shared components are in the model');
});
