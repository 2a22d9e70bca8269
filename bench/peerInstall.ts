// Peers of the comparison are installed by the bench into a temporary folder, never as project dependencies (issue 20).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PEERS_DIR = join(tmpdir(), 'sysd-peers'); // tmpdir() honours $TMPDIR

export type Installed = { entry: string } | { reason: string };

function installedVersion(name: string, dir: string): string | undefined {
  const manifest = join(dir, 'node_modules', name, 'package.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : undefined;
}

/**
 * The entry file of `name@version` in PEERS_DIR, installed there first when `install` allows it (`npm install
 * --prefix`, no install scripts). Why not, when it cannot be had: offline, npm failing, or installing not allowed.
 * `dir` is a folder of its own for a second version of a package already in PEERS_DIR (LikeC4 1.46 beside 1.59).
 */
export function peerPackage(name: string, version: string, install: boolean, dir = PEERS_DIR): Installed {
  if (installedVersion(name, dir) !== version) {
    if (!install) return { reason: `${name}@${version} is not installed in ${dir} (a full \`npm run bench\` installs it)` };
    console.error(`  peers: installing ${name}@${version} into ${dir}`);
    const npm = spawnSync('npm', ['install', '--prefix', dir, `${name}@${version}`, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
      encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (npm.status !== 0 || installedVersion(name, dir) !== version) {
      const why = npm.error?.message ?? npm.stderr.trim().split('\n').slice(-2).join(' ');
      return { reason: `npm could not install ${name}@${version} into ${dir}: ${why || `exit ${npm.status}`}` };
    }
  }
  return { entry: createRequire(join(dir, 'package.json')).resolve(name) };
}
