// The flows impact reads from the model: its flows, each step's two ends resolved.
import type { ImpactFlow } from './failure';
import type { DesignModel } from '../model';

export function flowsOf(model: DesignModel): readonly ImpactFlow[] {
  return model.flows;
}
