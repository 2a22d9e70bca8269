// Picture quality (issue 20, item 7): per example and generated size, per direction and in the 960×1000 side panel,
// crossings, area, aspect, fit zoom, edge length, bends, overlaps, and layer order kept over the edit suite.
import type { Diagram } from '../server/src/diagram/index';
import { diagramOfText, EXAMPLES, exampleText } from './designs';
import { editSuite } from './editSuite';
import { generateDesign } from './generator';
import { isSmoke, type Row, type RunOptions } from './measure';
import { editStability, pictureFigures, render, type EditStability } from './picture';
import { DIRECTION_CONFIGS, VIEWPORT_CONFIG, type LayoutConfig } from './renderOptions';

interface Design { name: string; text: string; diagram: Diagram; stability: boolean }

function designs(smoke: boolean): Design[] {
  const examples = (smoke ? EXAMPLES.slice(0, 1) : EXAMPLES).map((name) => ({ name, text: exampleText(name) }));
  const generated = (smoke ? [50] : [50, 200, 1000]).map((n) => ({ name: `generated ${n}`, text: generateDesign(n) }));
  // The edit suite lays each design out twice per edit: the examples and the generated sizes up to 200 (not in smoke).
  return [
    ...examples.map((d) => ({ ...d, diagram: diagramOfText(d.text), stability: true })),
    ...generated.map((d, i) => ({ ...d, diagram: diagramOfText(d.text), stability: !smoke && i < 2 })),
  ];
}

async function stabilityOf(design: Design, config: LayoutConfig, smoke: boolean): Promise<EditStability[]> {
  const edits = editSuite(design.text).slice(0, smoke ? 2 : undefined);
  const results: EditStability[] = [];
  for (const edit of edits) results.push(await editStability(edit.name, design.diagram, diagramOfText(edit.text), config.options));
  return results;
}

function note(f: ReturnType<typeof pictureFigures>, edits: EditStability[]): string {
  const kept = edits.filter((e) => e.orderKept).length;
  return `fit ${f.fitZoom.toFixed(2)} (${f.fitZoomUncapped.toFixed(2)}), ${f.width}×${f.height}, aspect ${f.aspect.toFixed(2)}, ${f.crossings} crossings, `
    + `${f.overlaps.total} overlaps${edits.length ? `, order kept ${kept}/${edits.length} edits` : ''}`;
}

export async function run(options: RunOptions = {}): Promise<Row[]> {
  const smoke = options.smoke ?? isSmoke();
  const configs = [...(smoke ? DIRECTION_CONFIGS.slice(0, 1) : DIRECTION_CONFIGS), VIEWPORT_CONFIG];
  const rows: Row[] = [];
  for (const design of designs(smoke)) {
    for (const config of configs) {
      const rendered = await render(design.diagram, config.options);
      const figures = pictureFigures(design.diagram, rendered, config.options);
      const edits = design.stability ? await stabilityOf(design, config, smoke) : [];
      rows.push({
        name: `${design.name} · ${config.name}`, runs: 1, medianMs: rendered.ms, p90Ms: rendered.ms,
        metric: `quality.${design.name}.${config.name}`, note: note(figures, edits),
        figures: { design: design.name, config: config.name, ...figures, edits },
      });
    }
  }
  return rows;
}
