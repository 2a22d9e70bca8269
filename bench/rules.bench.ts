// Benchmarks of the rule engine alone on dense synchronous graphs (the path and chain rules' worst case), and fix-all.
import { analyze } from '../server/src/language/analysis';
import { fixAllText } from '../server/src/language/fixes/rules';
import { modelOfText } from '../server/src/language/model';
import { runRules } from '../server/src/language/rules';
import { DEFAULT_CONFIG } from '../server/src/language/schema';
import { isSmoke, measure, type Row } from './measure';

/** `layers` of `width` services, each calling every service of the next layer. */
function layered(layers: number, width: number): string {
  const lines = ['scale {\n  writes: 1k/s\n  read_write_ratio: 20\n  availability: 99.99%\n}', 'client app "App" { type: web }',
    'gateway gw "GW" { instances: 2, rate_limit: 1k/s }', 'app -> gw'];
  for (let l = 0; l < layers; l++) for (let w = 0; w < width; w++) lines.push(`service s${l}-${w} "S" { instances: 2, capacity: 100/s }`);
  for (let w = 0; w < width; w++) lines.push(`gw -> s0-${w} { qps: 1k/s }`);
  for (let l = 0; l + 1 < layers; l++) for (let w = 0; w < width; w++) for (let v = 0; v < width; v++) lines.push(`s${l}-${w} -> s${l + 1}-${v}`);
  for (let w = 0; w < width; w++) lines.push(`database d${w} "D" { engine: postgres }`, `s${layers - 1}-${w} -> d${w}`);
  return `${lines.join('\n')}\n`;
}

export async function run(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [layers, width] of isSmoke() ? [[4, 5]] : [[10, 20], [20, 10]]) {
    const model = modelOfText(layered(layers, width));
    rows.push(measure(`runRules ${layers}×${width} layers`, () => runRules(model, DEFAULT_CONFIG), 10));
    const deep = { ...DEFAULT_CONFIG, maxSyncDepth: 15 };
    rows.push(measure(`runRules ${layers}×${width}, maxSyncDepth 15`, () => runRules(model, deep), 10));
  }
  const uri = 'file:///bench.sysd';
  const small = layered(3, 4);
  rows.push(measure('fix-all 3×4 layers (re-analyses per fix)', () => fixAllText(small, (text) => analyze(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_f, p) => p })), 3));
  return rows;
}
