// Every LSP feature the server offers; server.ts registers them in this order.
import { codeLensFeature } from './codeLens';
import { completionFeature } from './completion';
import { codeActionsFeature } from './codeActions';
import { configFeature } from './config';
import type { Feature } from './context';
import { diagnosticsFeature } from './diagnostics';
import { diagramFeature } from './diagram';
import { formattingFeature } from './formatting';
import { hoverFeature } from './hover';
import { impactFeature } from './impact';
import { inlayHintsFeature } from './inlayHints';
import { navigationFeature } from './navigation';
import { schemaFixesFeature } from './schemaFixes';
import { semanticTokensFeature } from './semanticTokens';
import { structureFeature } from './structure';
import { symbolsFeature } from './symbols';

export const features: Feature[] = [
  configFeature,
  diagnosticsFeature,
  diagramFeature,
  impactFeature,
  symbolsFeature,
  codeActionsFeature,
  navigationFeature,
  semanticTokensFeature,
  formattingFeature,
  structureFeature,
  schemaFixesFeature,
  hoverFeature,
  completionFeature,
  inlayHintsFeature,
  codeLensFeature,
];
