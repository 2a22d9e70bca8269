// Entry point of the bundled CLI (dist/cli/sysd.cjs).
import { main } from './main';
import { exitWith, nodeIo } from './io';

exitWith(main(process.argv.slice(2), nodeIo()));
