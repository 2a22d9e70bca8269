// Peers of the comparison are installed by the bench into a temporary folder, never as project dependencies (issue 20).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PEERS_DIR = join(tmpdir(), 'sysd-peers'); // tmpdir() honours $TMPDIR

export type Installed = { entry: string } | { reason: string };

function installedVersion(name: string): string | undefined {
  const manifest = join(PEERS_DIR, 'node_modules', name, 'package.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : undefined;
}

/**
 * The entry file of `name@version` in PEERS_DIR, installed there first when `install` allows it (`npm install
 * --prefix`, no install scripts). Why not, when it cannot be had: offline, npm failing, or installing not allowed.
 */
export function peerPackage(name: string, version: string, install: boolean): Installed {
  if (installedVersion(name) !== version) {
    if (!install) return { reason: `${name}@${version} is not installed in ${PEERS_DIR} (a full \`npm run bench\` installs it)` };
    console.error(`  peers: installing ${name}@${version} into ${PEERS_DIR}`);
    const npm = spawnSync('npm', ['install', '--prefix', PEERS_DIR, `${name}@${version}`, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
      encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (npm.status !== 0 || installedVersion(name) !== version) {
      const why = npm.error?.message ?? npm.stderr.trim().split('\n').slice(-2).join(' ');
      return { reason: `npm could not install ${name}@${version} into ${PEERS_DIR}: ${why || `exit ${npm.status}`}` };
    }
  }
  return { entry: createRequire(join(PEERS_DIR, 'package.json')).resolve(name) };
}
