// Helpers for the CLI tests: run `sysd` in-process with a fake Io, and throwaway workspaces of .sysd files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../server/src/cli/main';
import type { Io } from '../../server/src/cli/io';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXAMPLES = path.join(ROOT, 'examples');
export const BAD = path.join(ROOT, 'tests/fixtures/bad');

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function sysd(argv: string[], cwd = ROOT, extra: Partial<Io> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => { out += t; }, err: (t) => { err += t; }, cwd, isTty: false, env: {}, ...extra };
  const code = await main(argv, io);
  return { code, out, err };
}

/** A temporary directory holding `files` (paths may contain folders). */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sysd-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A small design with a known set of findings (one warning-level cache problem, one orphan hint). */
export const FINDINGS_DESIGN = `design "Findings"

client app "App" { type: mobile }
gateway gw "Gateway" { instances: 2, rate_limit: 100/s, auth: jwt }
service api "API" { instances: 2 }
cache sessions "Sessions" { engine: redis }
database db "DB" { engine: postgres, replicas: 2, backup: 1d }
external geo "Geo"

app -> gw : "HTTPS" { protocol: https }
gw -> api
api -> sessions
api -> db

monitoring observability "Monitoring"
api ~> observability
`;
