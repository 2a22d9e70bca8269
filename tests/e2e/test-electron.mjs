// Runs the API suite (tests/e2e/suite) in desktop VS Code via @vscode/test-electron, for machines that can download
// VS Code. The extension is loaded from the repository as the development extension (build it first).
//
// usage: npm run test:vscode        env: VSCODE_VERSION (default 1.96.4, the version code-server 4.96.4 embeds)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sysd-e2e-electron-'));
fs.cpSync(path.join(here, 'workspace'), workspace, { recursive: true });
const resultsFile = path.join(workspace, '..', `${path.basename(workspace)}-results.json`);

let exitCode = 0;
try {
  await runTests({
    version: process.env.VSCODE_VERSION || '1.96.4',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(here, 'suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: { E2E_RESULTS: resultsFile },
  });
} catch (error) {
  console.error(`test-electron: ${error?.message ?? error}`);
  exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
if (fs.existsSync(resultsFile)) {
  const { passed, failed } = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  console.log(`vscode: ${passed} passed, ${failed} failed`);
  fs.rmSync(resultsFile, { force: true });
}
process.exit(exitCode);
