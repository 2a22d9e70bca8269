// Takes the README's screenshots of sysd in VS Code, in the real workbench: the URL shortener beside its live preview,
// and the preview's failure overlay (its load balancer failed) and single-points-of-failure mode for docs/impact.md.
// usage: npm run package && node scripts/screenshot.mjs [OUT.png] [--impact-only]   (code-server and chromium as for
// the e2e tests; the impact pictures go beside OUT as impact-overlay.png and impact-spof.png)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, workbenchUrl } from '../tests/e2e/lib/browser.mjs';
import { checkPrerequisites, freePort, freshState, installVsix, ROOT, startCodeServer, stopCodeServer } from '../tests/e2e/lib/code-server.mjs';
import { focusFirstEditor, openFile, runCommand, waitForWorkbench, webviewFrame, QUICK_INPUT } from '../tests/e2e/ui/workbench.mjs';

const args = process.argv.slice(2);
const impactOnly = args.includes('--impact-only');
const out = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(ROOT, 'docs/images/vscode-preview.png'));
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
  if (!impactOnly) {
    await browser.page.screenshot({ path: out });
    console.log(`screenshot: wrote ${path.relative(process.cwd(), out)}`);
  }
  await impactShots(browser.page, path.dirname(out));
} finally {
  await browser.close();
  stopCodeServer(dirs);
  fs.rmSync(temp, { recursive: true, force: true });
}

/** The preview alone (its webview), with the load balancer failed and then with the single points of failure marked. */
async function impactShots(page, dir) {
  const frame = webviewFrame(page);
  const preview = page.locator('iframe.webview.ready').last();
  await runCommand(page, 'sysd: What If This Fails?');
  await page.locator(QUICK_INPUT).fill('lb');
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Public load balancer' }).first().click();
  await frame.locator('svg g.node.impact-failed').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(800);
  await shoot(preview, path.join(dir, 'impact-overlay.png'));
  await frame.locator('#back-to-design').click();
  await frame.locator('#spof-toggle').click();
  await frame.locator('svg g.spof-badge').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(800);
  await shoot(preview, path.join(dir, 'impact-spof.png'));
}

async function shoot(locator, file) {
  await locator.screenshot({ path: file });
  console.log(`screenshot: wrote ${path.relative(process.cwd(), file)}`);
}
