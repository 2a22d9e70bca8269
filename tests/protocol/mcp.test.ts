// `sysd mcp` over stdio, driven by the official MCP client: the tools it lists and what each answers for real designs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { FINDINGS_DESIGN } from '../unit/cli-support';

const CLI = fileURLToPath(new URL('../../dist/cli/sysd.cjs', import.meta.url));
const URL_SHORTENER = readFileSync(fileURLToPath(new URL('../../examples/url-shortener.sysd', import.meta.url)), 'utf8');

/** One warning (a cache that never expires) and one hint (an orphan), nothing else: the CLI tests' design. */
const FINDINGS = FINDINGS_DESIGN;

// The server's working directory holds a design file, for the `path` input.
const dir = mkdtempSync(join(tmpdir(), 'sysd-mcp-'));
writeFileSync(join(dir, 'findings.sysd'), FINDINGS);
writeFileSync(join(dir, 'image.sysd'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));

let client: Client;
let stderr = '';

before(async () => {
  const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp'], cwd: dir, stderr: 'pipe' });
  transport.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  client = new Client({ name: 'sysd-protocol-test', version: '1.0.0' });
  await client.connect(transport);
});
after(async () => { await client.close(); });

type Content = { type: string; text?: string; data?: string; mimeType?: string };

async function call(name: string, args: Record<string, unknown>): Promise<{ content: Content[]; isError: boolean }> {
  const result = await client.callTool({ name, arguments: args });
  return { content: result.content as Content[], isError: result.isError === true };
}

const textOf = (content: Content[]) => content.filter((c) => c.type === 'text').map((c) => c.text).join('');

test('the server names itself and lists check, explain, estimate and render with input schemas', async () => {
  assert.equal(client.getServerVersion()?.name, 'sysd');
  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((t) => t.name), ['check', 'explain', 'estimate', 'render']);
  for (const tool of tools) {
    assert.ok(tool.description && tool.description.length > 40, `${tool.name} has a description`);
    assert.equal(tool.inputSchema.type, 'object');
  }
  const byName = Object.fromEntries(tools.map((t) => [t.name, t.inputSchema.properties ?? {}]));
  for (const name of ['check', 'estimate', 'render']) assert.deepEqual(Object.keys(byName[name]).slice(0, 2), ['design', 'path'], name);
  assert.deepEqual(Object.keys(byName.explain), ['rule']);
  assert.deepEqual((byName.check as Record<string, { enum?: string[] }>).format.enum, ['text', 'json']);
});

test('check reports the findings of a design given as text, one line each and a summary, as sysd check does', async () => {
  const { content, isError } = await call('check', { design: FINDINGS });
  assert.equal(isError, false);
  const lines = textOf(content).trimEnd().split('\n');
  assert.match(lines[0], /^design\.sysd:6:7 warning cache-without-expiry Cache 'sessions' .*has neither a 'ttl' nor an 'eviction' policy/);
  assert.match(lines[1], /^design\.sysd:8:10 hint orphan-component /);
  assert.equal(lines.at(-1), '1 file checked: 0 errors, 1 warning, 0 infos, 1 hint.');
  assert.equal(lines.length, 3);
  // The same lines as the command line prints for the same design in a file (findings on stdout, summary on stderr).
  const cli = spawnSync(process.execPath, [CLI, 'check', 'findings.sysd'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const byPath = textOf((await call('check', { path: 'findings.sysd' })).content);
  assert.equal(byPath, `${cli.stdout}${cli.stderr}`);
  assert.equal(byPath, textOf(content).replaceAll('design.sysd', 'findings.sysd'));
});

test('check reads a file by path, filters by severity, and answers the JSON report', async () => {
  const { content, isError } = await call('check', { path: 'findings.sysd', format: 'json', severity: 'warning' });
  assert.equal(isError, false);
  const report = JSON.parse(textOf(content));
  assert.deepEqual(report.files, ['findings.sysd']);
  assert.deepEqual(report.findings.map((f: { rule: string }) => f.rule), ['cache-without-expiry']);
  assert.equal(report.summary.warnings, 1);
  const clean = await call('check', { design: URL_SHORTENER });
  // Clean but for the public redirects, allowed in the example.
  assert.equal(textOf(clean.content), '1 file checked: 0 errors, 0 warnings, 0 infos, 0 hints (1 allowed).\n');
});

test('check of a broken design reports its syntax error as a finding, not as a tool error', async () => {
  const { content, isError } = await call('check', { design: 'service api "API" { instances: 3\nservice db\n' });
  assert.equal(isError, false);
  assert.match(textOf(content), /^design\.sysd:1:33 error syntax-error Expected '\}' to close the block/m);
  assert.match(textOf(content), /^1 file checked: 1 error, /m);
  // estimate and render still answer, followed by the errors as the commands print them on stderr
  for (const name of ['estimate', 'render']) {
    const answer = await call(name, { design: 'service api "API" { instances: 3\nservice db\n' });
    assert.equal(answer.isError, false, name);
    assert.equal(answer.content.length, 2, name);
    assert.match(answer.content[1].text ?? '', new RegExp(`^design\\.sysd:1:33 error syntax-error .*\\nsysd ${name}: the design has 1 error; the output shows what could be read\\.\\n$`), name);
  }
});

test('explain returns a rule\'s page; an unknown rule is a tool error with a suggestion', async () => {
  const page = await call('explain', { rule: 'queue-without-dlq' });
  assert.equal(page.isError, false);
  assert.match(textOf(page.content), /^# queue-without-dlq/);
  assert.match(textOf(page.content), /dead-letter/i);
  const unknown = await call('explain', { rule: 'queue-without-dql' });
  assert.equal(unknown.isError, true);
  assert.equal(textOf(unknown.content), "unknown rule 'queue-without-dql'. Did you mean 'queue-without-dlq'? 'sysd rules' lists them.");
});

test('estimate works out the scale block: rates per second, peaks, downtime', async () => {
  const table = textOf((await call('estimate', { design: URL_SHORTENER })).content);
  assert.match(table, /^URL Shortener — scale estimate/);
  assert.match(table, /Writes \(average\) +1,157\/s +given: 100M\/day = 1,157\/s/);
  assert.match(table, /Peak writes +3,472\/s +writes 1,157\/s × peak 3/);
  assert.match(table, /Reads \(average\) +115,741\/s/);
  const json = JSON.parse(textOf((await call('estimate', { design: URL_SHORTENER, format: 'json' })).content));
  const figure = (key: string) => json.figures.find((f: { key: string }) => f.key === key);
  assert.equal(Math.round(figure('writes').value), 1157);
  assert.equal(Math.round(figure('peakReads').value), 347222);
  assert.equal(figure('peakReads').unit, '/s');
  assert.equal(Math.round(figure('downtimePerYear').value / 3600 * 10) / 10, 8.8);
});

test('render returns the preview\'s SVG with a node for every component, or a PNG image', async () => {
  const svg = await call('render', { design: FINDINGS });
  assert.equal(svg.isError, false);
  const text = textOf(svg.content);
  assert.match(text, /^<svg[\s>]/);
  for (const id of ['app', 'gw', 'api', 'sessions', 'db', 'geo']) assert.match(text, new RegExp(`<g class="node kind-\\w+" data-id="${id}"`), id);
  assert.match(text, /data-from="app" data-to="gw"/);
  const png = await call('render', { path: 'findings.sysd', format: 'png' });
  assert.equal(png.isError, false);
  const [image] = png.content;
  assert.equal(image.type, 'image');
  assert.equal(image.mimeType, 'image/png');
  assert.deepEqual([...Buffer.from(image.data as string, 'base64').subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('bad input is a tool error, and the server keeps answering', async () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['check', { design: 'service api\u0000\u0001' }, /^`design` is not the text of a \.sysd design/],
    ['check', { path: 'image.sysd' }, /^cannot read 'image\.sysd': it is a binary file, not a \.sysd design\.$/],
    ['estimate', { path: 'missing.sysd' }, /^cannot read 'missing\.sysd': no such file or directory\.$/],
    ['render', {}, /^give exactly one of `design`/],
    ['render', { design: FINDINGS, path: 'findings.sysd' }, /^give exactly one of `design`/],
    ['check', { design: FINDINGS, format: 'sarif' }, /format/],
    ['explain', {}, /rule/],
    ['frobnicate', { design: FINDINGS }, /frobnicate/],
  ];
  for (const [name, args, message] of cases) {
    const { content, isError } = await call(name, args);
    assert.equal(isError, true, `${name} ${JSON.stringify(args)} should be a tool error`);
    assert.match(textOf(content), message, `${name} ${JSON.stringify(args)}`);
  }
  assert.equal((await call('check', { design: FINDINGS })).isError, false);
  assert.equal(stderr, '', 'the server printed nothing on stderr');
});
