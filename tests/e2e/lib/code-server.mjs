// Runs code-server for the harness: installs the packaged .vsix into throwaway state, starts and stops the server.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const E2E_DIR = path.resolve(HERE, '..');
export const ROOT = path.resolve(E2E_DIR, '../..');
export const CS_PREFIX = path.resolve(process.env.SYSD_E2E_CS_PREFIX || path.join(ROOT, '.vscode-test/code-server'));
const ENTRY = path.join(CS_PREFIX, 'node_modules/code-server/out/node/entry.js');

/** Explains what is missing instead of letting a later step fail obscurely. */
export function checkPrerequisites({ vsix, chromium }) {
  const problems = [];
  if (!fs.existsSync(vsix)) problems.push(`no ${path.relative(ROOT, vsix)}: run \`npm run package\` (npm run test:e2e does)`);
  if (!fs.existsSync(ENTRY)) problems.push(`no code-server in ${CS_PREFIX}: run tests/e2e/install-code-server.sh`);
  if (!fs.existsSync(chromium)) problems.push(`no browser at ${chromium}: apt-get install -y chromium (or set CHROMIUM)`);
  return problems;
}

/** The directories code-server uses for one harness run; all under `state`, which is emptied first. */
export function freshState(state) {
  fs.rmSync(state, { recursive: true, force: true });
  const dirs = { state, userData: path.join(state, 'user-data'), extensions: path.join(state, 'extensions') };
  for (const dir of ['user-data', 'extensions', 'xdg-config', 'xdg-data']) fs.mkdirSync(path.join(state, dir), { recursive: true });
  return dirs;
}

/** Installs the .vsix the way a user would (code-server --install-extension), into the throwaway extensions dir. */
export function installVsix(dirs, vsix) {
  const result = spawnSync(process.execPath, [
    ENTRY, '--config', path.join(dirs.state, 'config.yaml'),
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
    '--install-extension', vsix, '--force',
  ], {
    encoding: 'utf8',
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: path.join(dirs.state, 'xdg-config'), XDG_DATA_HOME: path.join(dirs.state, 'xdg-data') },
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/was successfully installed/.test(output)) {
    throw new Error(`installing ${vsix} failed (exit ${result.status}):\n${output}`);
  }
  const installed = fs.readdirSync(dirs.extensions).filter((name) => name.startsWith('sysd.sysd-'));
  if (installed.length !== 1) throw new Error(`expected one sysd.sysd-* folder in ${dirs.extensions}, found ${installed.join(', ') || 'none'}`);
  return path.join(dirs.extensions, installed[0]);
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts code-server with `env` added to its environment (the extension host inherits it); returns its URL. */
export function startCodeServer(dirs, port, env) {
  execFileSync(path.join(E2E_DIR, 'start-code-server.sh'), [dirs.state, String(port), CS_PREFIX], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return `http://127.0.0.1:${port}`;
}

export function stopCodeServer(dirs) {
  spawnSync(path.join(E2E_DIR, 'stop-code-server.sh'), [dirs.state], { stdio: 'inherit' });
}
