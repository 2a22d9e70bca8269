// Draws a laid-out diagram as an SVG string: groups, edges with labels, nodes with shapes, icons, badges and findings.
import { SEVERITY_ORDER, type Severity } from '../language/diagnostics';
import { emptyState } from './emptyState';
import type { Box, DiagramLayout, Point } from './layout';
import { FONT, FONT_FAMILY, measureCollapsedGroup, measureEdgeLabel, measureGroup, measureNode, NODE_LAYOUT, textWidth } from './measure';
import type { Diagram, DiagramEdge, DiagramFinding, DiagramGroup, DiagramNode } from './model';
import { iconOf, shapeOf } from './shapes';
import { CATEGORY_OF, flowCss, PALETTES, showsFlow, themeCss, type ThemeName } from './themes';
import { escapeXml } from './xml';
import { MARKS } from './engineMarks.generated';

export interface SvgOptions {
  /** A fixed palette embedded as a `<style>` (files, CLI), or none: the page supplies the CSS (the preview). */
  theme?: ThemeName | 'none';
  /** An empty design also says how to start from a snippet: the editor's preview has snippets, a file does not. */
  startHint?: boolean;
}

export { escapeXml };

const n = (value: number) => String(Math.round(value * 10) / 10);

const TITLE_HEIGHT = 30;
const TITLE_FONT = 15;

function worst(findings: DiagramFinding[]): Severity {
  return findings.reduce<Severity>((w, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w), 'hint');
}

/** A coloured badge with the number of findings, worst severity's colour; its `<title>` lists the messages. */
function findingBadge(owner: string, findings: DiagramFinding[], cx: number, cy: number): string {
  if (findings.length === 0) return '';
  const severity = worst(findings);
  const text = findings.length > 9 ? '9+' : String(findings.length);
  const messages = findings.map((f) => `${f.severity}: ${f.message} (${f.code})`).join('\n');
  return `<g class="finding-badge" data-finding-of="${escapeXml(owner)}" data-severity="${severity}">`
    + `<title>${escapeXml(messages)}</title>`
    + `<circle class="finding-${severity}" cx="${n(cx)}" cy="${n(cy)}" r="9"/>`
    + `<text class="finding-text" x="${n(cx)}" y="${n(cy + 3.5)}" font-size="${FONT.finding}" text-anchor="middle">${text}</text></g>`;
}

/** Orthogonal polyline with softly rounded bends. */
export function pathOf(points: Point[], radius = 6): string {
  if (points.length === 0) return '';
  let d = `M${n(points[0].x)},${n(points[0].y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [prev, at, next] = [points[i - 1], points[i], points[i + 1]];
    const into = Math.hypot(at.x - prev.x, at.y - prev.y);
    const out = Math.hypot(next.x - at.x, next.y - at.y);
    const r = Math.min(radius, into / 2, out / 2);
    if (r < 0.5) { d += ` L${n(at.x)},${n(at.y)}`; continue; }
    const a = { x: at.x - ((at.x - prev.x) / into) * r, y: at.y - ((at.y - prev.y) / into) * r };
    const b = { x: at.x + ((next.x - at.x) / out) * r, y: at.y + ((next.y - at.y) / out) * r };
    d += ` L${n(a.x)},${n(a.y)} Q${n(at.x)},${n(at.y)} ${n(b.x)},${n(b.y)}`;
  }
  const last = points[points.length - 1];
  return `${d} L${n(last.x)},${n(last.y)}`;
}

/** A collapsed group: one box with its title and member count; a click on it expands the group again. */
function collapsedSvg(group: DiagramGroup, box: Box): string {
  const { title, count } = measureCollapsedGroup(group);
  return `<g class="group collapsed${faint(group)}" data-id="${escapeXml(group.id)}" data-members="${group.collapsed?.members ?? 0}">`
    + `<rect class="group-box" x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="10"/>`
    + `<rect class="group-box group-stack" x="${n(box.x + 4)}" y="${n(box.y + 4)}" width="${n(box.width - 8)}" height="${n(box.height - 8)}" rx="7"/>`
    + `<text class="group-title" x="${n(box.x + 14)}" y="${n(box.y + 26)}" font-size="${FONT.group}">${escapeXml(title)}</text>`
    + `<text class="sub" x="${n(box.x + 14)}" y="${n(box.y + 44)}" font-size="${FONT.sub}">${escapeXml(count)}</text>`
    + findingBadge(group.id, group.findings, box.x + box.width - 6, box.y + 6)
    + '</g>';
}

const faint = (element: { dimmed?: boolean }) => (element.dimmed ? ' dimmed' : '');

/** The flow's step numbers on the connection they use, side by side along it; a click selects the step in the text. */
function stepBadges(edge: DiagramEdge, at: Point): string {
  const steps = edge.steps ?? [];
  const start = at.x - ((steps.length - 1) * 22) / 2;
  return steps.map((step, i) => {
    const cx = start + i * 22;
    const tooltip = `${step.index}. ${step.label ?? `${edge.from} → ${edge.to}`}`;
    return `<g class="step-badge" data-step="${escapeXml(step.id)}" data-step-index="${step.index}">`
      + `<title>${escapeXml(tooltip)}</title>`
      + `<circle class="step-circle" cx="${n(cx)}" cy="${n(at.y)}" r="10"/>`
      + `<text class="step-text" x="${n(cx)}" y="${n(at.y + 4)}" font-size="${FONT.finding}" text-anchor="middle">${step.index}</text></g>`;
  }).join('');
}

/** Where a connection's step numbers sit: just after it leaves its source, clear of the label in its middle. */
function stepAnchor(points: Point[]): Point {
  const [start, next] = points;
  const length = Math.hypot(next.x - start.x, next.y - start.y);
  const along = Math.min(18, length / 2);
  return length === 0 ? start : { x: start.x + ((next.x - start.x) / length) * along, y: start.y + ((next.y - start.y) / length) * along };
}

function groupSvg(group: DiagramGroup, layout: DiagramLayout): string {
  const box = layout.groups[group.id];
  if (!box) return '';
  if (group.collapsed) return collapsedSvg(group, box);
  const { title } = measureGroup(group);
  return `<g class="group${faint(group)}" data-id="${escapeXml(group.id)}">`
    + `<rect class="group-box" x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="10"/>`
    + `<text class="group-title" x="${n(box.x + 14)}" y="${n(box.y + 23)}" font-size="${FONT.group}">${escapeXml(title)}</text>`
    + findingBadge(group.id, group.findings, box.x + box.width - 6, box.y + 6)
    + '</g>';
}

function edgeSvg(edge: DiagramEdge, layout: DiagramLayout): string {
  const laid = layout.edges[edge.id];
  if (!laid || laid.points.length < 2) return '';
  const d = pathOf(laid.points);
  const markers = `${edge.kind === 'duplex' ? ' marker-start="url(#sysd-arrow)"' : ''} marker-end="url(#sysd-arrow)"`;
  let label = '';
  const metrics = measureEdgeLabel(edge);
  if (laid.label && metrics) {
    const { x, y, width, height } = laid.label;
    const cx = x + width / 2;
    // A cut label carries its whole text as a tooltip; one drawn whole needs none.
    const tooltip = metrics.cut ? `<title>${escapeXml(edge.label ?? '')}</title>` : '';
    label = `<g class="edge-label-group">${tooltip}<rect class="edge-label-bg" x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="3"/>`
      + metrics.lines.map((line, i) => `<text class="edge-label" x="${n(cx)}" y="${n(y + 13 + i * 14)}" font-size="${FONT.edge}" text-anchor="middle">${escapeXml(line)}</text>`).join('')
      + '</g>';
  }
  const mid = laid.points[Math.floor((laid.points.length - 1) / 2)];
  const after = laid.points[Math.floor((laid.points.length - 1) / 2) + 1];
  const badge = edge.findings.length ? findingBadge(edge.id, edge.findings, (mid.x + after.x) / 2, (mid.y + after.y) / 2) : '';
  const merged = edge.merged ? ` data-merged="${edge.merged}"` : '';
  const steps = edge.steps?.length ? stepBadges(edge, stepAnchor(laid.points)) : '';
  const onFlow = edge.steps?.length ? ' on-flow' : faint(edge);
  return `<g class="edge edge-${edge.kind}${onFlow}" data-id="${escapeXml(edge.id)}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}"${merged}>`
    + `<path class="edge-hit" d="${d}"/>`
    + `<path class="edge-line${edge.kind === 'async' ? ' edge-async' : ''}" d="${d}"${markers}/>`
    + label + badge + steps + '</g>';
}

function nodeSvg(node: DiagramNode, layout: DiagramLayout): string {
  const box = layout.nodes[node.id];
  if (!box) return '';
  const m = measureNode(node);
  const { PAD, ICON, GAP, BADGE_H, BADGE_GAP, BADGE_PAD, MARK, MARK_GAP } = NODE_LAYOUT;
  const cat = `cat-${CATEGORY_OF[node.kind]}`;
  const left = m.inset.left + PAD;
  const top = m.inset.top + PAD;
  const textX = left + ICON + GAP;
  const clientType = node.facts.find(([name]) => name === 'type')?.[1];
  let body = shapeOf(node.kind, box.width, box.height, cat);
  body += `<g class="icon ${cat}" transform="translate(${n(left)},${n(top)})">${iconOf(node.kind, clientType)}</g>`;
  const mark = node.mark ? MARKS[node.mark] : undefined;
  if (mark) {
    const at = `translate(${n(left + (ICON - MARK) / 2)},${n(top + ICON + MARK_GAP)}) scale(${MARK / 24})`;
    body += `<g class="mark" data-mark="${escapeXml(node.mark ?? '')}" transform="${at}"><title>${escapeXml(mark.title)}</title><path d="${mark.path}"/></g>`;
  }
  m.labelLines.forEach((line, i) => {
    body += `<text class="label" x="${n(textX)}" y="${n(top + 13 + i * 16)}" font-size="${FONT.label}">${escapeXml(line)}</text>`;
  });
  body += `<text class="sub" x="${n(textX)}" y="${n(top + m.labelLines.length * 16 + 11)}" font-size="${FONT.sub}">${escapeXml(m.sub)}</text>`;
  if (m.badges.length) {
    let x = left;
    const y = box.height - m.inset.bottom - PAD - BADGE_H;
    for (const badge of m.badges) {
      body += `<rect class="badge" x="${n(x)}" y="${n(y)}" width="${n(badge.width)}" height="${BADGE_H}" rx="${BADGE_H / 2}"/>`
        + `<text class="badge-text" x="${n(x + BADGE_PAD)}" y="${n(y + 11.5)}" font-size="${FONT.badge}">${escapeXml(badge.text)}</text>`;
      x += badge.width + BADGE_GAP;
    }
  }
  body += findingBadge(node.id, node.findings, box.width - 4, 4);
  return `<g class="node kind-${node.kind}${faint(node)}" data-id="${escapeXml(node.id)}" data-kind="${node.kind}" transform="translate(${n(box.x)},${n(box.y)})">${body}</g>`;
}

/** Outer groups first, so inner boxes paint over them. */
function depthOf(group: DiagramGroup, byId: Map<string, DiagramGroup>): number {
  let depth = 0;
  for (let p = group.parent; p; p = byId.get(p)?.parent) depth++;
  return depth;
}

export function renderSvg(diagram: Diagram, layout: DiagramLayout, options: SvgOptions = {}): string {
  const theme = options.theme ?? 'light';
  const top = diagram.title ? TITLE_HEIGHT : 0;
  // Nothing to lay out: ELK's picture would be 0×0, which no viewer shows and resvg refuses.
  const empty = diagram.nodes.length === 0 && diagram.groups.length === 0
    ? emptyState({ startHint: options.startHint, title: diagram.title ? { width: textWidth(diagram.title, TITLE_FONT, true) } : undefined })
    : undefined;
  const width = Math.ceil(empty?.width ?? layout.width);
  const height = Math.ceil((empty?.height ?? layout.height) + top);
  const byId = new Map(diagram.groups.map((g) => [g.id, g]));
  const groups = [...diagram.groups].sort((a, b) => depthOf(a, byId) - depthOf(b, byId) || a.order - b.order);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="sysd-diagram" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${escapeXml(diagram.title ?? 'sysd diagram')}">`);
  if (diagram.title) parts.push(`<title>${escapeXml(diagram.title)}</title>`);
  parts.push('<defs>');
  if (theme !== 'none') parts.push(`<style>\n${themeCss(PALETTES[theme])}${showsFlow(diagram) ? `\n${flowCss(PALETTES[theme])}` : ''}\n</style>`);
  parts.push('<marker id="sysd-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path class="arrowhead" d="M0,0 L10,5 L0,10 Z"/></marker>');
  parts.push('</defs>');
  parts.push(`<rect class="bg" x="0" y="0" width="${width}" height="${height}"/>`);
  if (diagram.title) parts.push(`<text class="title" x="20" y="24" font-size="${TITLE_FONT}">${escapeXml(diagram.title)}</text>`);
  parts.push(`<g class="diagram" transform="translate(0,${top})">`);
  parts.push(`<g class="groups">${groups.map((g) => groupSvg(g, layout)).join('')}</g>`);
  parts.push(`<g class="edges">${diagram.edges.map((e) => edgeSvg(e, layout)).join('')}</g>`);
  parts.push(`<g class="nodes">${diagram.nodes.map((node) => nodeSvg(node, layout)).join('')}</g>`);
  if (empty) parts.push(empty.body);
  parts.push('</g></svg>');
  return parts.join('\n');
}

/** The width and height of a rendered SVG, read from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
  return { width: Number(/ width="([\d.]+)"/.exec(root)?.[1] ?? 0), height: Number(/ height="([\d.]+)"/.exec(root)?.[1] ?? 0) };
}
