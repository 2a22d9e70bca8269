// Entry point of the API-level e2e suite: the extension host require()s it and awaits run() (extensionTestsPath).
// The same file serves @vscode/test-electron and code-server's ?payload= route. Because code-server's extension
// host prints to the browser console, not to our terminal, the results are also written as JSON to $E2E_RESULTS.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

function run() {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90_000, reporter: 'spec' });
  const only = process.env.SYSD_E2E_GREP;
  if (only) mocha.grep(only);
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  const results = { passed: 0, failed: 0, tests: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (process.env.E2E_RESULTS) fs.writeFileSync(process.env.E2E_RESULTS, JSON.stringify(results, null, 2));
      console.log(`api suite: ${results.passed} passed, ${results.failed} failed`);
      if (failures > 0) reject(new Error(`${failures} API test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => {
      results.passed++;
      results.tests.push({ title: t.fullTitle(), state: 'passed', ms: t.duration });
    });
    runner.on('fail', (t, err) => {
      results.failed++;
      results.tests.push({ title: t.fullTitle(), state: 'failed', error: String((err && err.stack) || err) });
    });
  });
}

module.exports = { run };
