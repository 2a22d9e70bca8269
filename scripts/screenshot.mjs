// Takes the README's screenshot of sysd in VS Code: the URL shortener beside its live preview, in the real workbench.
// usage: npm run package && node scripts/screenshot.mjs [OUT.png]   (code-server and chromium as for the e2e tests)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, workbenchUrl } from '../tests/e2e/lib/browser.mjs';
import { checkPrerequisites, freePort, freshState, installVsix, ROOT, startCodeServer, stopCodeServer } from '../tests/e2e/lib/code-server.mjs';
import { focusFirstEditor, openFile, waitForWorkbench, webviewFrame } from '../tests/e2e/ui/workbench.mjs';

const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs/images/vscode-preview.png'));
const vsix = path.join(ROOT, 'dist/sysd.vsix');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const problems = checkPrerequisites({ vsix, chromium });
if (problems.length) {
  for (const problem of problems) console.error(`screenshot: ${problem}`);
  process.exit(2);
}
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'sysd-screenshot-'));
const workspace = path.join(temp, 'workspace');
fs.mkdirSync(workspace);
fs.copyFileSync(path.join(ROOT, 'examples/url-shortener.sysd'), path.join(workspace, 'url-shortener.sysd'));
const dirs = freshState(path.join(temp, 'state'));
installVsix(dirs, vsix);
const baseUrl = startCodeServer(dirs, await freePort(), {});
const browser = await launchBrowser({ executablePath: chromium, consoleFile: path.join(temp, 'console.log') });
try {
  await browser.page.setViewportSize({ width: 1920, height: 1200 });
  await browser.page.goto(workbenchUrl(baseUrl, workspace));
  await waitForWorkbench(browser.page);
  await openFile(browser.page, 'url-shortener.sysd');
  await focusFirstEditor(browser.page);
  await browser.page.keyboard.press('Control+K');
  await browser.page.keyboard.press('v');
  await webviewFrame(browser.page).locator('svg g.node').first().waitFor({ timeout: 30_000 });
  await browser.page.waitForTimeout(1500);
  await browser.page.screenshot({ path: out });
  console.log(`screenshot: wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  stopCodeServer(dirs);
  fs.rmSync(temp, { recursive: true, force: true });
}
