// Entry point of dist/cli/sysd-check.cjs: `sysd check` alone, what the editor's "sysd: check" task runs. The full CLI
// bundles ELK for `render` (1.4 MB of its 2.3 MB); the .vsix ships this one instead.
import { runCheck } from './check';
import { exitWith, nodeIo, runCommand } from './io';

exitWith(runCommand('check', runCheck, process.argv.slice(2), nodeIo()));
