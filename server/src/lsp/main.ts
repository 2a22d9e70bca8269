// Entry point of the bundled desktop language server (dist/server/server.cjs).
import { startNodeServer } from './nodeServer';

startNodeServer();
