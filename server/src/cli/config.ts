// The sysd.config.json the command line uses: the shared lookup (language/config.ts), with a usage error for an unreadable file.
import { loadConfigNear, type LoadedConfig } from '../language/config';
import { UsageError } from './io';

export type { LoadedConfig };

/** `--config FILE` when given (it must exist), else the nearest sysd.config.json from the working directory up. */
export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  const loaded = loadConfigNear(cwd, explicit);
  if (loaded.unreadable) throw new UsageError(`cannot read config file '${explicit ?? loaded.path}': no such file or not readable.`);
  return loaded;
}
