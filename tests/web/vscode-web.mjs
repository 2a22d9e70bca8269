// The packaged .vsix in VS Code's web worker extension host (code-server, with `remote.extensionKind` set to web for
// sysd, so the workbench runs dist/web/extension.js in the browser as vscode.dev does): problems, hover and the
// preview's SVG for a design whose import and sysd.config.json the browser server can only read through the client.
// Needs `npm run package` and code-server (tests/e2e/install-code-server.sh, or SYSD_E2E_CS_PREFIX).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, remoteUri, workbenchUrl } from '../e2e/lib/browser.mjs';
import { checkPrerequisites, freePort, freshState, installVsix, ROOT, startCodeServer, stopCodeServer } from '../e2e/lib/code-server.mjs';
import { activeEditor, dismiss, hoverUntil, runCommand, saveAs, waitForWorkbench, webviewFrame } from '../e2e/ui/workbench.mjs';

const VSIX = path.join(ROOT, 'dist/sysd.vsix');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const problems = checkPrerequisites({ vsix: VSIX, chromium: CHROMIUM });
if (problems.length > 0) {
  console.error(`test:web:vscode cannot run:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sysd-web-vscode-'));
const workspace = path.join(scratch, 'workspace');
fs.cpSync(path.join(ROOT, 'tests/web/workspace'), workspace, { recursive: true });
const dirs = freshState(path.join(scratch, 'state'));
const installed = path.basename(installVsix(dirs, VSIX));
const url = startCodeServer(dirs, await freePort(), {});
// start-code-server.sh wrote the quiet defaults; the extension kind is read when the page loads the workbench.
const settingsFile = path.join(dirs.userData, 'User', 'settings.json');
fs.writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(settingsFile, 'utf8')), 'remote.extensionKind': { 'sysd.sysd': ['web'] } }, null, 2));

const consoleFile = path.join(scratch, 'browser-console.log');
const { page, close } = await launchBrowser({ executablePath: CHROMIUM, consoleFile });
const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
let failed = 0;
async function check(name, run) {
  try {
    await run();
    log(`PASS ${name}`);
  } catch (error) {
    failed++;
    log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

try {
  await page.goto(workbenchUrl(url, workspace, [['openFile', remoteUri(url, path.join(workspace, 'shop.sysd'))]]));
  await waitForWorkbench(page);
  await activeEditor(page).locator('.view-lines .view-line').first().waitFor({ timeout: 30_000 });

  await check('the problems come from the web extension host, with the import and sysd.config.json read through the client', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length >= 3, null, { timeout: 60_000 });
    const texts = await rows.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const findings = texts.filter((t) => /\[Ln \d+, Col \d+\]$/.test(t) && /sysd(unresolved-reference|missing-\w[\w-]*)/.test(t)).map((t) => t.match(/sysd([\w-]+)\[(Ln \d+, Col \d+)\]$/).slice(1).join(' '));
    assert.deepEqual(findings.sort(), ['missing-rate-limit Ln 5, Col 9', 'unresolved-reference Ln 8, Col 8']);
    const consoleText = fs.readFileSync(consoleFile, 'utf8');
    assert.match(consoleText, /web worker extension host/i, 'the workbench started its web worker extension host');
    assert.doesNotMatch(consoleText, /Activating extension 'sysd\.sysd' failed|sysd Language Server client: couldn't create/, 'the web extension activated');
    // The desktop extension would have started its node server from the installed copy: there is none.
    const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    assert.ok(!processes.includes(path.join(dirs.extensions, installed, 'dist', 'server', 'server.cjs')), 'no node language server runs: the browser one answered');
  });

  await check('hover on an imported component shows its card', async () => {
    await dismiss(page);
    const editor = activeEditor(page);
    const hover = await hoverUntil(page, editor, 'api -> orders', 'orders', /Orders/);
    assert.match(await hover.innerText(), /database/i);
    await page.mouse.move(5, 5);
    await dismiss(page);
  });

  await check('the preview draws the design in the web worker layout', async () => {
    await runCommand(page, 'sysd: Open Preview to the Side');
    const frame = webviewFrame(page);
    await frame.locator('svg g.node').first().waitFor({ timeout: 60_000 });
    const nodes = await frame.locator('svg g.node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
    assert.deepEqual(nodes, ['api', 'orders', 'web']);
    const edges = await frame.locator('svg g.edge').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
    assert.deepEqual(edges, ['api->orders', 'web->api']);
  });

  await check('Export PNG rasterizes in the webview and writes the file through workspace.fs', async () => {
    await runCommand(page, 'sysd: Export Diagram as PNG');
    const png = fs.readFileSync(await saveAs(page, 'exported-web.png'));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
    // IHDR: width and height of a picture of three boxes, drawn at the export scale.
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.ok(width > 200 && height > 200, `a picture of some size: ${width}×${height}`);
  });
} finally {
  await page.screenshot({ path: path.join(scratch, 'last.png') }).catch(() => {});
  await close();
  stopCodeServer(dirs);
}
console.log(`test:web:vscode: ${failed === 0 ? 'all passed' : `${failed} failed`} (console and screenshot in ${scratch})`);
process.exit(failed === 0 ? 0 : 1);
