// Failure impact on generated designs: `--spof` over the whole design and one `--fail`, per size (issue target: --spof at 10,000 in ≤ 2 s).
import { failureImpact, failureSet, singlePointsOfFailure } from '../server/src/language/impact';
import { modelOfText } from '../server/src/language/model';
import { generateDesign } from './generator';
import { isSmoke, measure, type Row } from './measure';

export async function run(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of isSmoke() ? [200] : [1000, 10_000]) {
    const model = modelOfText(generateDesign(n));
    const runs = n >= 10_000 ? 5 : 15;
    rows.push(measure(`impact --spof, ${n} components`, () => singlePointsOfFailure(model), runs));
    // A component in the middle of the declaration order: a failure that cuts paths, not the first client.
    const middle = model.components[Math.floor(model.components.length / 2)];
    rows.push(measure(`impact --fail one component, ${n} components`, () => failureImpact(model, failureSet([middle])), runs));
  }
  return rows;
}
