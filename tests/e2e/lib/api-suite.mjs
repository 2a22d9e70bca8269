// Runs the API-level suite (tests/e2e/suite) in code-server's Node extension host, as extensionTestsPath.
// code-server takes no --extensionTestsPath flag; its workbench reads the same options from ?payload=, and when
// the suite ends it calls window.codeAutomationExit(code), which we provide from Playwright.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, remoteUri, workbenchUrl } from './browser.mjs';

/**
 * @returns {Promise<{ tests: { title: string, state: 'passed' | 'failed', error?: string }[] }>}
 * A run that does not report (crash, timeout, missing results file) comes back as one failed test saying why.
 */
export async function runApiSuite({ baseUrl, workspace, devExtension, suiteEntry, resultsFile, chromium, outDir, timeoutMs }) {
  fs.rmSync(resultsFile, { force: true });
  const { context, page, close } = await launchBrowser({ executablePath: chromium, consoleFile: path.join(outDir, 'api-console.log') });
  let exitCode;
  try {
    let reportExit;
    const finished = new Promise((resolve) => { reportExit = resolve; });
    await context.exposeFunction('codeAutomationExit', (code) => reportExit(code));
    const url = workbenchUrl(baseUrl, workspace, [
      ['extensionDevelopmentPath', remoteUri(baseUrl, devExtension)],
      ['extensionTestsPath', remoteUri(baseUrl, suiteEntry)],
    ]);
    await page.goto(url);
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
    // Safety net: once the suite has written its results, do not wait for the exit call for more than 15 s.
    let poller;
    const reported = new Promise((resolve) => {
      poller = setInterval(() => {
        if (fs.existsSync(resultsFile)) {
          clearInterval(poller);
          setTimeout(() => resolve('reported'), 15_000);
        }
      }, 500);
    });
    exitCode = await Promise.race([finished, timeout, reported]);
    clearTimeout(timer);
    clearInterval(poller);
    if (exitCode !== 0) {
      await page.screenshot({ path: path.join(outDir, 'api-suite.png') }).catch(() => {});
    }
  } finally {
    await close();
  }
  if (exitCode === 'timeout') {
    const tail = consoleTail(path.join(outDir, 'api-console.log'));
    return { tests: [{ title: 'API suite', state: 'failed', error: `no result after ${timeoutMs / 1000}s; the browser console ended with:\n${tail}` }] };
  }
  if (exitCode === 'reported') exitCode = 0; // the results decide below
  if (!fs.existsSync(resultsFile)) {
    return { tests: [{ title: 'API suite', state: 'failed', error: `the suite ended with exit code ${exitCode} without writing ${resultsFile} (see results/api-console.log)` }] };
  }
  const { tests } = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  if (exitCode !== 0 && !tests.some((t) => t.state === 'failed')) {
    tests.push({ title: 'API suite', state: 'failed', error: `the suite exited with code ${exitCode} but reported no failing test` });
  }
  return { tests };
}

/** The last lines of the browser console log, where the extension host and mocha write, for a timeout report. */
function consoleTail(file, lines = 12) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).map((l) => `  ${l.slice(0, 200)}`).join('\n');
  } catch {
    return '  (no console log)';
  }
}
