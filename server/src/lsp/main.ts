// Entry point of the bundled language server (dist/server/server.cjs).
import { startServer } from './server';

startServer();
