// Every LSP feature the server offers; server.ts registers them in this order.
import type { Feature } from './context';
import { diagnosticsFeature } from './diagnostics';
import { diagramFeature } from './diagram';
import { symbolsFeature } from './symbols';

export const features: Feature[] = [
  diagnosticsFeature,
  diagramFeature,
  symbolsFeature,
];
