// `sysd check`: paths, globs, config and excludes, text/json output, thresholds, baselines and exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { BAD, EXAMPLES, FINDINGS_DESIGN, ROOT, sysd, workspace } from './cli-support';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/check-result.schema.json'), 'utf8'));
const resultValidator = new Ajv({ allErrors: true, strict: true }).compile(schema);
/** Validates without narrowing the checked value's type (ajv's validators are type guards). */
const validateResult = Object.assign((data: unknown): boolean => resultValidator(data), { get errors() { return resultValidator.errors; } });

test('the examples check clean: exit 0, nothing on stdout, a summary on stderr', async () => {
  const run = await sysd(['check', 'examples']);
  assert.equal(run.code, 0);
  assert.equal(run.out, '');
  assert.match(run.err, /^4 files checked: 0 errors, 0 warnings, 0 infos, 0 hints \(2 allowed\)\.\n$/);
});

test('each broken fixture reports its one expected error at the position its header names, exit 1', async () => {
  for (const name of readdirSync(BAD).filter((f) => f.endsWith('.sysd'))) {
    const text = readFileSync(path.join(BAD, name), 'utf8');
    const [, line, column] = /Expected: exactly one \S+ error at (\d+):(\d+)/.exec(text) ?? [];
    const run = await sysd(['check', `tests/fixtures/bad/${name}`, '--severity', 'error']);
    assert.equal(run.code, 1, name);
    const lines = run.out.trim().split('\n');
    assert.equal(lines.length, 1, `${name}: ${run.out}`);
    assert.match(lines[0], new RegExp(`^tests/fixtures/bad/${name}:${line}:${column} error [a-z-]+ \\S`), name);
  }
});

test('text lines are file:line:col severity code message, for warnings and hints too', async () => {
  const dir = workspace({ 'a.sysd': FINDINGS_DESIGN });
  const run = await sysd(['check'], dir);
  assert.equal(run.code, 0, 'warnings and hints alone do not fail the check');
  const lines = run.out.trim().split('\n');
  assert.match(lines[0], /^a\.sysd:6:7 warning cache-without-expiry Cache 'sessions' has neither/);
  assert.match(lines[1], /^a\.sysd:8:10 hint orphan-component External 'geo' has no connections/);
  assert.equal(run.err, '1 file checked: 0 errors, 1 warning, 0 infos, 1 hint.\n');
});

test('colour only on a terminal, never with NO_COLOR or --no-color, forced by --color', async () => {
  const dir = workspace({ 'a.sysd': FINDINGS_DESIGN });
  const esc = '\u001b[';
  assert.ok((await sysd(['check'], dir, { isTty: true })).out.includes(`${esc}33mwarning`));
  assert.ok(!(await sysd(['check'], dir, { isTty: true, env: { NO_COLOR: '1' } })).out.includes(esc));
  assert.ok(!(await sysd(['check', '--no-color'], dir, { isTty: true })).out.includes(esc));
  assert.ok((await sysd(['check', '--color'], dir)).out.includes(esc));
  assert.ok(!(await sysd(['check'], dir)).out.includes(esc));
});

test('--severity drops findings below the threshold; --max-warnings turns warnings into exit 1', async () => {
  const dir = workspace({ 'a.sysd': FINDINGS_DESIGN });
  const warningsOnly = await sysd(['check', '--severity', 'warning'], dir);
  assert.equal(warningsOnly.out.trim().split('\n').length, 1);
  assert.match(warningsOnly.out, /cache-without-expiry/);
  assert.equal((await sysd(['check', '--max-warnings', '1'], dir)).code, 0);
  const over = await sysd(['check', '--max-warnings', '0'], dir);
  assert.equal(over.code, 1);
  assert.match(over.err, /1 warnings exceed --max-warnings 0/);
  const errorsOnly = await sysd(['check', '--severity', 'error', '--max-warnings', '0'], dir);
  assert.equal(errorsOnly.code, 0, 'warnings below the threshold are not counted');
});

test('directories recurse, globs expand, duplicates collapse', async () => {
  const dir = workspace({ 'a.sysd': 'service a\n', 'nested/deep/b.sysd': 'service b\n', 'nested/c.txt': 'x', 'node_modules/x/d.sysd': 'service d\n' });
  const all = await sysd(['check', '--format', 'json', '.'], dir);
  assert.deepEqual(JSON.parse(all.out).files, ['a.sysd', 'nested/deep/b.sysd']);
  const glob = await sysd(['check', '--format', 'json', 'nested/**/*.sysd', 'nested/deep/b.sysd'], dir);
  assert.deepEqual(JSON.parse(glob.out).files, ['nested/deep/b.sysd']);
  const braces = await sysd(['check', '--format', 'json', 'examples/{chat,news}*.sysd']);
  assert.deepEqual(JSON.parse(braces.out).files, ['examples/chat-system.sysd', 'examples/news-feed.sysd']);
});

test('sysd.config.json is honoured: rule severities and gitignore-style excludes relative to the config file', async () => {
  const dir = workspace({
    'sysd.config.json': JSON.stringify({ rules: { 'cache-without-expiry': 'error' }, exclude: ['generated/', '*.draft.sysd'] }),
    'designs/a.sysd': FINDINGS_DESIGN,
    'designs/b.draft.sysd': 'service broken {\n',
    'generated/c.sysd': 'service broken {\n',
  });
  const run = await sysd(['check', '--format', 'json'], path.join(dir, 'designs'));
  const result = JSON.parse(run.out);
  assert.deepEqual(result.files, ['a.sysd'], 'the config is found walking up from the working directory');
  assert.equal(result.findings.find((f: { rule: string }) => f.rule === 'cache-without-expiry').severity, 'error');
  assert.equal(run.code, 1);
  const named = await sysd(['check', 'designs/b.draft.sysd'], dir);
  assert.equal(named.code, 1, 'a file named on the command line is checked even if excluded');
});

test('--exclude and --config: patterns relative to the working directory, config from anywhere', async () => {
  const dir = workspace({ 'a.sysd': FINDINGS_DESIGN, 'skip/b.sysd': 'service broken {\n', 'conf/strict.json': JSON.stringify({ rules: { 'orphan-component': 'off' } }) });
  const run = await sysd(['check', '--exclude', 'skip', '--config', 'conf/strict.json'], dir);
  assert.equal(run.code, 0);
  assert.doesNotMatch(run.out, /orphan-component/);
  assert.match(run.err, /^1 file checked/);
});

test('without --config each design gets the nearest sysd.config.json upward from its own folder', async () => {
  const dir = workspace({
    'sysd.config.json': JSON.stringify({ rules: { 'orphan-component': 'warning' } }),
    'a.sysd': FINDINGS_DESIGN,
    'team/sysd.config.json': JSON.stringify({ rules: { 'orphan-component': 'off' } }),
    'team/deep/b.sysd': FINDINGS_DESIGN,
    'broken/sysd.config.json': '{ "rules": ',
    'broken/c.sysd': FINDINGS_DESIGN,
  });
  const run = await sysd(['check', 'a.sysd', 'team'], dir);
  assert.match(run.out, /^a\.sysd:\d+:\d+ warning orphan-component /m, 'the root config applies to a.sysd');
  assert.doesNotMatch(run.out, /^team\/deep\/b\.sysd:\d+:\d+ \w+ orphan-component/m, 'team/sysd.config.json turns it off below team/');
  assert.match(run.out, /^team\/deep\/b\.sysd:\d+:\d+ warning cache-without-expiry /m);
  const broken = await sysd(['check', 'broken/c.sysd'], dir);
  assert.equal(broken.code, 2, 'a broken nearer config is a usage error');
  assert.match(broken.err, /^broken\/sysd\.config\.json:1:\d+ error invalid-config /m);
  assert.match(broken.err, /fix the configuration file 'broken\/sysd\.config\.json' first/);
  const forced = await sysd(['check', '--config', 'sysd.config.json', 'team'], dir);
  assert.match(forced.out, /^team\/deep\/b\.sysd:\d+:\d+ warning orphan-component /m, '--config applies to every design');
});

test('a broken config file is a usage error (exit 2) with its position', async () => {
  const dir = workspace({ 'a.sysd': 'service a\n', 'sysd.config.json': '{ "rules": { "orphan-component": "loud" } }' });
  const run = await sysd(['check'], dir);
  assert.equal(run.code, 2);
  assert.match(run.err, /sysd\.config\.json:1:\d+ error /);
  assert.equal(run.out, '');
  const missing = await sysd(['check', '--config', 'nope.json'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read config file 'nope.json'/);
});

test('usage errors: unknown flag with did-you-mean, bad values, missing files and unmatched globs exit 2 without a stack trace', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['check', '--fromat', 'json'], /unknown option '--fromat'\. Did you mean '--format'\?/],
    [['check', '--format', 'xml'], /invalid value 'xml' for --format: expected one of text, json, sarif/],
    [['check', '--format'], /option '--format' needs a value/],
    [['check', '--max-warnings', 'many'], /--max-warnings expects a whole number/],
    [['check', 'no/such/file.sysd'], /cannot read 'no\/such\/file\.sysd': no such file or directory/],
    [['check', 'nowhere/**/*.sysd'], /no \.sysd files match 'nowhere\/\*\*\/\*\.sysd'/],
    [['check', '--baseline', 'missing.json', 'examples'], /cannot read baseline 'missing\.json'.*--write-baseline/],
  ];
  for (const [argv, message] of cases) {
    const run = await sysd(argv);
    assert.equal(run.code, 2, argv.join(' '));
    assert.match(run.err, message);
    assert.doesNotMatch(run.err, /\n\s+at /, 'no stack trace');
  }
});

test('--format json matches schemas/check-result.schema.json, with @allow reasons as suppressed findings', async () => {
  for (const args of [['examples'], ['tests/fixtures/bad'], ['examples', '--severity', 'error']]) {
    const run = await sysd(['check', '--format', 'json', ...args]);
    const result = JSON.parse(run.out);
    assert.ok(validateResult(result), JSON.stringify(validateResult.errors));
  }
  const result = JSON.parse((await sysd(['check', '--format', 'json', 'examples'])).out);
  // ride-hailing's backup trade-off and url-shortener's public redirects.
  assert.equal(result.summary.suppressed, 2);
  const [allowed] = result.suppressed;
  assert.equal(allowed.rule, 'database-without-backup');
  assert.equal(allowed.element, 'traces');
  assert.match(allowed.justification, /GPS traces are kept 90 days/);
  const bad = JSON.parse((await sysd(['check', '--format', 'json', 'tests/fixtures/bad/wrong-unit.sysd'])).out);
  const wrongUnit = bad.findings.find((f: { rule: string }) => f.rule === 'invalid-value');
  assert.deepEqual(wrongUnit.range.start, { line: 19, column: 47 });
  assert.equal(wrongUnit.category, 'correctness');
});

test('-o writes the report to a file and keeps stdout empty', async () => {
  const dir = workspace({ 'a.sysd': FINDINGS_DESIGN });
  const run = await sysd(['check', '--format', 'json', '-o', 'report.json'], dir);
  assert.equal(run.out, '');
  assert.equal(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).summary.warnings, 1);
});

test('a baseline absorbs recorded findings even after lines move, but new findings still fail', async () => {
  const broken = FINDINGS_DESIGN.replace('{ instances: 2 }', '{ instances: 2, instancs: 3 }');
  const dir = workspace({ 'designs/a.sysd': broken });
  const write = await sysd(['check', '--write-baseline', 'sysd-baseline.json', 'designs'], dir);
  assert.equal(write.code, 0, 'recording a baseline accepts what is there');
  assert.match(write.err, /recorded 3 findings in sysd-baseline\.json/);
  const baseline = JSON.parse(readFileSync(path.join(dir, 'sysd-baseline.json'), 'utf8'));
  assert.deepEqual(baseline.findings.map((f: { rule: string; element: string }) => `${f.rule} ${f.element}`).sort(),
    ['cache-without-expiry sessions', 'orphan-component geo', 'unknown-property api']);

  // Move everything down three lines and add a new problem: only the new one is reported.
  writeFileSync(path.join(dir, 'designs/a.sysd'), `// moved\n// down\n// three lines\n${broken}\ndatabase extra "Extra" { engine: postgres }\napi -> extra\n`);
  const after = await sysd(['check', '--baseline', 'sysd-baseline.json', 'designs'], dir);
  assert.equal(after.code, 0);
  assert.deepEqual(after.out.trim().split('\n').map((l) => l.split(' ')[2]).sort(), ['database-single-point-of-failure', 'database-without-backup']);
  assert.match(after.err, /\(3 in baseline\)/);

  // From another working directory the baseline still matches: its paths are relative to itself.
  const elsewhere = await sysd(['check', '--baseline', '../sysd-baseline.json', '.', '--severity', 'error'], path.join(dir, 'designs'));
  assert.equal(elsewhere.code, 0);
  assert.match(elsewhere.err, /in baseline/);
});

test('the examples directory next to a broken one: every file is reported, the exit code reflects the worst', async () => {
  const run = await sysd(['check', EXAMPLES, BAD, '--severity', 'error']);
  assert.equal(run.code, 1);
  assert.match(run.err, /^11 files checked: 7 errors/);
});

test('a file that cannot be read (a dangling link) is an I/O error, exit 2, not a clean result', async () => {
  const dir = workspace({ 'a.sysd': 'service a\n' });
  symlinkSync(path.join(dir, 'gone.sysd'), path.join(dir, 'b.sysd'));
  const run = await sysd(['check'], dir);
  assert.equal(run.code, 2);
  assert.match(run.err, /cannot read 'b\.sysd'/);
});
