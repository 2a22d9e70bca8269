// The e2e harness: installs the packaged .vsix into a fresh code-server, runs the API suite and the UI checks
// in headless Chromium, and prints `e2e: N passed, M failed` (exit code 1 on any failure, 2 on missing setup).
//
// usage: node tests/e2e/run.mjs        (npm run test:e2e packages the extension and installs code-server first)
// env:   SYSD_E2E_ONLY=api|ui     run one half only
//        SYSD_E2E_VSIX_FILE       the .vsix to test (default dist/sysd.vsix)
//        SYSD_E2E_CS_PREFIX       where code-server is installed (default .vscode-test/code-server)
//        SYSD_E2E_GREP            only API tests whose title matches (mocha grep)
//        SYSD_E2E_KEEP=1          keep the temp workspace copies and this run's code-server state
//        SYSD_E2E_API_TIMEOUT     seconds to wait for the API suite to report (default 480)
//        CHROMIUM                 browser binary (default /usr/bin/chromium)
//        E2E_VERBOSE=1            echo the browser console (it carries the extension host's output)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runApiSuite } from './lib/api-suite.mjs';
import { launchBrowser, workbenchUrl } from './lib/browser.mjs';
import {
  E2E_DIR, ROOT, checkPrerequisites, freePort, freshState, installVsix, startCodeServer, stopCodeServer,
} from './lib/code-server.mjs';
import { waitForWorkbench } from './ui/workbench.mjs';
import { runUiChecks, uiChecks } from './ui/checks.mjs';
import { gettingStartedChecks } from './ui/gettingStarted.mjs';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const log = (message) => console.log(`[e2e ${elapsed()}] ${message}`);

const VSIX = path.resolve(process.env.SYSD_E2E_VSIX_FILE || path.join(ROOT, 'dist/sysd.vsix'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ONLY = process.env.SYSD_E2E_ONLY || '';
const OUT = path.join(E2E_DIR, 'results');
// One state folder per run, so two runs in the same checkout (several people share one here) never share
// code-server's user data, extensions or pid file.
const STATE_ROOT = path.join(E2E_DIR, '.state');
const STATE_DIR = path.join(STATE_ROOT, `run-${process.pid}`);

const problems = checkPrerequisites({ vsix: VSIX, chromium: CHROMIUM });
if (problems.length > 0) {
  for (const problem of problems) console.error(`e2e: ${problem}`);
  process.exit(2);
}

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
removeStaleStates();
const dirs = freshState(STATE_DIR);

// Each half gets its own copy of the fixtures: edits or hot-exit backups of one never reach the other.
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'sysd-e2e-'));
const copyWorkspace = (name) => {
  const target = path.join(temp, name);
  fs.cpSync(path.join(E2E_DIR, 'workspace'), target, { recursive: true });
  // An example as a user opens it: the side-panel fit check reads the real one, not a copy that could drift.
  fs.copyFileSync(path.join(ROOT, 'examples', 'url-shortener.sysd'), path.join(target, 'url-shortener.sysd'));
  return target;
};

let serverStarted = false;
const cleanUp = () => {
  if (serverStarted) stopCodeServer(dirs);
  serverStarted = false;
  const serverLog = path.join(dirs.state, 'code-server.log');
  if (fs.existsSync(serverLog)) fs.copyFileSync(serverLog, path.join(OUT, 'code-server.log'));
  if (!process.env.SYSD_E2E_KEEP) {
    fs.rmSync(temp, { recursive: true, force: true });
    fs.rmSync(STATE_DIR, { recursive: true, force: true });
  }
};

/** Deletes the state folders of earlier runs whose process is gone (killed runs leave theirs behind). */
function removeStaleStates() {
  if (!fs.existsSync(STATE_ROOT)) return;
  for (const name of fs.readdirSync(STATE_ROOT)) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    if (!pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(path.join(STATE_ROOT, name), { recursive: true, force: true });
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    try { cleanUp(); } catch { /* best effort on the way out */ }
    process.exit(130);
  });
}

const tests = [];
try {
  const installed = installVsix(dirs, VSIX);
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  log(`installed ${path.relative(ROOT, VSIX)} as ${path.basename(installed)}`);

  const port = await freePort();
  const resultsFile = path.join(dirs.state, 'api-results.json');
  // The extension host inherits code-server's environment: that is how the suite learns where to report and
  // which extensions folder the packaged sysd must come from.
  const baseUrl = startCodeServer(dirs, port, {
    E2E_RESULTS: resultsFile,
    SYSD_E2E_VSIX: dirs.extensions,
    SYSD_E2E_GREP: process.env.SYSD_E2E_GREP || '',
  });
  serverStarted = true;
  log(`code-server 127.0.0.1:${port} up`);

  if (ONLY !== 'ui') {
    log('API suite (mocha in the extension host)');
    const api = await runApiSuite({
      baseUrl,
      workspace: copyWorkspace('api-workspace'),
      devExtension: path.join(E2E_DIR, 'test-extension'),
      suiteEntry: path.join(E2E_DIR, 'suite/index.js'),
      resultsFile,
      chromium: CHROMIUM,
      outDir: OUT,
      timeoutMs: Number(process.env.SYSD_E2E_API_TIMEOUT || 480) * 1000,
    });
    for (const test of api.tests) {
      console.log(`${test.state === 'passed' ? 'ok  ' : 'FAIL'} [api] ${test.title}`);
      if (test.error) console.log(`     ${test.error.split('\n').slice(0, test.title === 'API suite' ? 14 : 4).join('\n     ')}`);
      tests.push({ ...test, title: `[api] ${test.title}` });
    }
    log(`API suite done`);
  }

  if (ONLY !== 'api') {
    log('UI checks (Chromium)');
    const workspace = copyWorkspace('ui-workspace');
    const browser = await launchBrowser({ executablePath: CHROMIUM, consoleFile: path.join(OUT, 'ui-console.log') });
    try {
      await browser.page.goto(workbenchUrl(baseUrl, workspace));
      await waitForWorkbench(browser.page);
      const tagged = (line) => line.replace(/^(ok|FAIL) +/, (_, state) => `${state.padEnd(4)} [ui] `);
      const ui = await runUiChecks(browser.page, [...uiChecks({ workspace, manifest }), ...gettingStartedChecks({ manifest })], { outDir: OUT, log: (m) => console.log(tagged(m)) });
      tests.push(...ui.map((test) => ({ ...test, title: `[ui] ${test.title}` })));
      await browser.page.screenshot({ path: path.join(OUT, 'ui-final.png') }).catch(() => {});
    } finally {
      await browser.close();
    }
    log('UI checks done');
  }
} catch (error) {
  tests.push({ title: 'harness', state: 'failed', error: String(error?.stack ?? error) });
  console.log(`FAIL harness: ${String(error?.message ?? error)}`);
} finally {
  cleanUp();
}

const passed = tests.filter((t) => t.state === 'passed').length;
const failed = tests.length - passed;
fs.writeFileSync(path.join(OUT, 'summary.json'), JSON.stringify({ seconds: (Date.now() - started) / 1000, passed, failed, tests }, null, 2));
if (failed > 0) {
  console.log('\nfailures:');
  for (const test of tests.filter((t) => t.state === 'failed')) {
    console.log(`  - ${test.title}\n      ${test.error.split('\n').slice(0, 4).join('\n      ')}`);
  }
}
console.log(`e2e: ${passed} passed, ${failed} failed (${elapsed()}; logs and screenshots in ${path.relative(process.cwd(), OUT) || '.'})`);
process.exit(failed > 0 || tests.length === 0 ? 1 : 0);
