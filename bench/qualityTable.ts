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

/** The key figures of a run beside the figures before the redesign (bench/baselines/quality-before.json), per design and layout. */
export function beforeAfterTable(before: readonly Row[], after: readonly Row[]): string {
  const header = ['design', 'layout', 'fit zoom before', 'after', 'aspect before', 'after', 'crossings before', 'after', 'overlaps before', 'after', 'order kept before', 'after'];
  const lines = [`| ${header.join(' | ')} |`, `| --- | --- | ${header.slice(2).map(() => '---:').join(' | ')} |`];
  const measured = figuresOf(after);
  const kept = (f: QualityFigures) => (f.edits.length ? `${f.edits.filter((e) => e.orderKept).length}/${f.edits.length}` : '—');
  const cells = (f: QualityFigures | undefined) => (f ? [f.fitZoom.toFixed(2), f.aspect.toFixed(2), f.crossings, f.overlaps.total, kept(f)] : ['', '', '', '', '']);
  const keys = [...figuresOf(before), ...measured].map(({ f }) => `${f.design}\u0000${f.config}`);
  for (const key of [...new Set(keys)]) {
    const [design, config] = key.split('\u0000');
    const find = (rows: ReturnType<typeof figuresOf>) => rows.find(({ f }) => f.design === design && f.config === config)?.f;
    const [b, a] = [cells(find(figuresOf(before))), cells(find(measured))];
    lines.push(`| ${[design, config, ...b.flatMap((value, i) => [value, a[i]])].join(' | ')} |`);
  }
  return lines.join('\n');
}
