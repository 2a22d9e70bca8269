// The stability experiment shared by the test and the benchmark: add one component to a design and see how far the rest moves.
import { modelOfText } from '../language/model';
import type { Direction, OptionOverrides } from './elkGraph';
import { layoutDiagram, type ElkEngine } from './layout';
import { diagramOf } from './model';
import { movement, type Movement } from './stability';

/** ELK without the model-order options: what a naive configuration does (the benchmark's and the test's contrast). */
export const NAIVE_OPTIONS: OptionOverrides = {
  'elk.layered.considerModelOrder.strategy': 'NONE',
  'elk.layered.cycleBreaking.strategy': 'GREEDY',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
};

/** The text with one more service, called by the last component declared (what typing a new line does). */
export function withOneMore(text: string): string {
  const last = modelOfText(text).components.at(-1)?.id;
  return `${text}\nservice added-one "Added service" { instances: 2 }\n${last ? `${last} -> added-one : "new call"\n` : ''}`;
}

export async function addOneComponent(text: string, engine: ElkEngine, direction: Direction = 'right', overrides?: OptionOverrides): Promise<Movement> {
  const before = await layoutDiagram(diagramOf(modelOfText(text)), engine, direction, overrides);
  const after = await layoutDiagram(diagramOf(modelOfText(withOneMore(text))), engine, direction, overrides);
  return movement(before, after);
}
