// The flows impact reads from the model (none until the language has flows).
import type { ImpactFlow } from './failure';
import type { DesignModel } from '../model';

export function flowsOf(model: DesignModel): ImpactFlow[] {
  const flows = (model as DesignModel & { flows?: ImpactFlow[] }).flows;
  return flows ?? [];
}
