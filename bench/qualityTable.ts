// The picture-quality table (issue 20, item 7) from the quality suite's rows, and the before/after block for RESULTS.md.
import type { Row } from './measure';
import type { EditStability, PictureFigures } from './picture';

type QualityFigures = PictureFigures & { design: string; config: string; edits: EditStability[] };

function figuresOf(rows: readonly Row[]): Array<{ row: Row; f: QualityFigures }> {
  return rows.filter((row) => row.figures?.design !== undefined).map((row) => ({ row, f: row.figures as unknown as QualityFigures }));
}

const mpx = (area: number) => (area / 1e6).toFixed(1);
const kpx = (length: number) => `${(length / 1000).toFixed(1)}k`;

/** "4/5 (97.0%, 12 px)": edits that kept every layer's order, the share of pairs kept, the mean move. */
function orderKept(edits: readonly EditStability[]): string {
  if (edits.length === 0) return '—';
  const kept = edits.filter((e) => e.orderKept).length;
  const pairs = edits.reduce((s, e) => s + e.pairShare, 0) / edits.length;
  const move = edits.reduce((s, e) => s + e.meanMovePx, 0) / edits.length;
  return `${kept}/${edits.length} (${(pairs * 100).toFixed(1)}%, ${move.toFixed(0)} px)`;
}

const overlapKinds = (f: QualityFigures) => {
  const o = f.overlaps;
  return `${o.total} (${[o.nodeNode, o.labelNode, o.labelLabel, o.titleNode, o.titleLabel, o.titleTitle].join('/')})`;
};

export function qualityTable(rows: readonly Row[]): string {
  const header = ['design', 'layout', 'size px', 'aspect w/h', 'fit zoom 960×1000 (uncapped)', 'crossings', 'area Mpx²', 'edge length px', 'bends',
    'overlaps (n-n/l-n/l-l/t-n/t-l/t-t)', 'order kept: edits (pairs, mean move)', 'layout + SVG ms'];
  const lines = [`| ${header.join(' | ')} |`, `| --- | --- | ${header.slice(2).map(() => '---:').join(' | ')} |`];
  for (const { row, f } of figuresOf(rows)) {
    lines.push(`| ${[f.design, f.config, `${f.width}×${f.height}`, f.aspect.toFixed(2), `${f.fitZoom.toFixed(2)} (${f.fitZoomUncapped.toFixed(2)})`,
      f.crossings, mpx(f.area), kpx(f.edgeLength), f.bends, overlapKinds(f), orderKept(f.edits), row.medianMs.toFixed(0)].join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The key figures with an empty "after" beside each, for the redesign to fill in. */
export function beforeAfterTable(rows: readonly Row[]): string {
  const header = ['design', 'layout', 'fit zoom before', 'after', 'aspect before', 'after', 'crossings before', 'after', 'overlaps before', 'after', 'order kept before', 'after'];
  const lines = [`| ${header.join(' | ')} |`, `| --- | --- | ${header.slice(2).map(() => '---:').join(' | ')} |`];
  for (const { f } of figuresOf(rows)) {
    const kept = f.edits.length ? `${f.edits.filter((e) => e.orderKept).length}/${f.edits.length}` : '—';
    lines.push(`| ${[f.design, f.config, f.fitZoom.toFixed(2), '', f.aspect.toFixed(2), '', f.crossings, '', f.overlaps.total, '', kept, ''].join(' | ')} |`);
  }
  return lines.join('\n');
}
