// Every LSP feature the server offers; server.ts registers them in this order.
import { codeLensFeature } from './codeLens';
import { completionFeature } from './completion';
import type { Feature } from './context';
import { diagnosticsFeature } from './diagnostics';
import { diagramFeature } from './diagram';
import { hoverFeature } from './hover';
import { inlayHintsFeature } from './inlayHints';
import { symbolsFeature } from './symbols';

export const features: Feature[] = [
  diagnosticsFeature,
  diagramFeature,
  symbolsFeature,
  hoverFeature,
  completionFeature,
  inlayHintsFeature,
  codeLensFeature,
];
