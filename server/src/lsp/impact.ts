// The `sysd/impact` request: the failure impact of some components and the single points of failure, for the preview.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Feature } from './context';
import { checkpoint, throwIfCancelled } from './requests';
import { IMPACT_REQUEST, type ImpactParams, type ImpactResult } from '../protocol/requests';

const MAX_IDS = 10_000;

function validParams(params: unknown): params is ImpactParams {
  if (!params || typeof params !== 'object') return false;
  const { uri, fail } = params as Partial<ImpactParams>;
  return typeof uri === 'string' && Array.isArray(fail) && fail.length <= MAX_IDS && fail.every((id) => typeof id === 'string');
}

export const impactFeature: Feature = {
  register({ connection, documents, workspace }) {
    connection.onRequest(IMPACT_REQUEST, async (params: unknown, token): Promise<ImpactResult | null> => {
      if (!validParams(params)) throw new ResponseError(ErrorCodes.InvalidParams, `sysd: ${IMPACT_REQUEST} needs { uri: string, fail: string[] }.`);
      await checkpoint(token);
      const document = documents.get(params.uri);
      const analysis = document && await workspace.settledAnalysis(document.uri);
      if (!document || !analysis) return null;
      throwIfCancelled(token);
      return { uri: document.uri, version: document.version, ...analysis.whatIf(params.fail) };
    });
  },
};
