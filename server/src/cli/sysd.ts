// Entry point of the bundled CLI (dist/cli/sysd.cjs).
import { main } from './main';
import { nodeIo } from './io';

main(process.argv.slice(2), nodeIo()).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`sysd: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
