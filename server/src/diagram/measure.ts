// Text and box sizes of every diagram element, computed without a DOM so layout and SVG agree everywhere.
import { perKind } from '../language/kinds';
import type { Insets } from '../language/kinds/types';
import { DIAGRAM_FONT } from './font';
import type { DiagramEdge, DiagramGroup, DiagramNode } from './model';

/**
 * Arial-metric fonts first: the width table below is Arial's. Arimo is bundled (the CLI's PNGs, the preview's
 * @font-face); Arial and Liberation Sans have the same widths where an exported SVG is opened without it.
 */
export const FONT_FAMILY = `${DIAGRAM_FONT}, Arial, 'Liberation Sans', 'Helvetica Neue', sans-serif`;

export const FONT = { label: 13, sub: 11, badge: 10, edge: 11, group: 12, finding: 10 } as const;

// Advance widths in 1/1000 em (Arial), by character class; unknown characters count as wide so text never overflows.
const NARROW = new Set([...'iljI.,:;\'|!`']);
const SMALL = new Set([...'frt()[]{}/\\- "*']);
const WIDE = new Set([...'mwMW@%']);
const CAPS = /[A-Z]/;
const DIGIT = /[0-9]/;

function charWidth(ch: string): number {
  if (ch === ' ') return 278;
  if (NARROW.has(ch)) return 250;
  if (SMALL.has(ch)) return 333;
  if (WIDE.has(ch)) return 889;
  if (DIGIT.test(ch)) return 556;
  if (CAPS.test(ch)) return 690;
  if (/[a-z_]/.test(ch)) return 530;
  if (ch.charCodeAt(0) < 0x2000) return 600;
  return 1000;
}

/** charWidth of every ASCII character, looked up instead of classified (text is measured twice per node per redraw). */
const ASCII_WIDTHS = Array.from({ length: 128 }, (_, code) => charWidth(String.fromCharCode(code)));

/** Estimated width in px of `text` at `size` px; bold adds 7%, and 4% of slack covers font differences. */
export function textWidth(text: string, size: number, bold = false): number {
  let total = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    total += code < 128 ? ASCII_WIDTHS[code] : charWidth(ch);
  }
  return Math.ceil((total / 1000) * size * (bold ? 1.07 : 1) * 1.04);
}

/** Greedy word wrap into at most `maxLines` lines; the last line ends in an ellipsis when text is left over. */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, size, bold) <= maxWidth) { line = candidate; continue; }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  const truncated = lines.length > maxLines;
  const fit = (s: string, ellipsis: boolean) => {
    if (!ellipsis && textWidth(s, size, bold) <= maxWidth) return s;
    let cut = s;
    while (cut.length > 1 && textWidth(`${cut}…`, size, bold) > maxWidth) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  };
  const kept = lines.slice(0, maxLines);
  return kept.map((l, n) => fit(l, truncated && n === kept.length - 1));
}

export type { Insets } from '../language/kinds/types';

/** Extra room a kind's outline needs around the text (cylinder lids, stacked sheets, cloud bumps). */
export const SHAPE_INSETS = perKind((kind) => kind.diagram.insets);

const PAD = 10;
const ICON = 20;
const GAP = 8;
/** The engine or provider mark under the kind icon, and the space above it. */
const MARK = 12;
const MARK_GAP = 2;
const LABEL_MAX = 170;
const MIN_WIDTH = 140;
const BADGE_H = 16;
const BADGE_GAP = 4;
const BADGE_PAD = 6;

export interface NodeMetrics {
  width: number;
  height: number;
  inset: Insets;
  labelLines: string[];
  /** `id · kind` under the label. */
  sub: string;
  badges: Array<{ text: string; width: number }>;
}

/**
 * Metrics by what they depend on (kind, id, label, badges): layout and SVG both measure every node, and a redraw after
 * an edit measures the same nodes again. Bounded, so a long session of renames does not grow it without end.
 */
const nodeMetrics = new Map<string, NodeMetrics>();
const NODE_METRICS_KEPT = 5000;

export function measureNode(node: DiagramNode): NodeMetrics {
  const key = `${node.kind}\u0000${node.id}\u0000${node.label}\u0000${node.badges.join('\u0001')}\u0000${node.mark ?? ''}`;
  let metrics = nodeMetrics.get(key);
  if (!metrics) {
    if (nodeMetrics.size >= NODE_METRICS_KEPT) nodeMetrics.clear();
    metrics = measureNodeNow(node);
    nodeMetrics.set(key, metrics);
  }
  return metrics;
}

function measureNodeNow(node: DiagramNode): NodeMetrics {
  const inset = SHAPE_INSETS[node.kind];
  const labelLines = wrapText(node.label, FONT.label, LABEL_MAX, 2, true);
  const sub = node.label === node.id ? node.kind : `${node.id} · ${node.kind}`;
  const subText = wrapText(sub, FONT.sub, LABEL_MAX, 1)[0] ?? '';
  const textColumn = Math.max(...labelLines.map((l) => textWidth(l, FONT.label, true)), textWidth(subText, FONT.sub));
  const badges = node.badges.map((text) => {
    const shown = wrapText(text, FONT.badge, 110, 1)[0] ?? text;
    return { text: shown, width: textWidth(shown, FONT.badge) + BADGE_PAD * 2 };
  });
  const badgeRow = badges.reduce((sum, b) => sum + b.width + BADGE_GAP, 0) - (badges.length ? BADGE_GAP : 0);
  const inner = Math.max(ICON + GAP + textColumn, badgeRow);
  const width = Math.max(MIN_WIDTH, Math.ceil(inner + PAD * 2 + inset.left + inset.right));
  const textHeight = labelLines.length * 16 + 14;
  // The product mark stands under the kind icon, in the icon column: it may make the node taller, never wider.
  const iconColumn = ICON + (node.mark ? MARK_GAP + MARK : 0);
  const height = Math.ceil(PAD + Math.max(iconColumn, textHeight) + (badges.length ? GAP + BADGE_H : 0) + PAD + inset.top + inset.bottom);
  return { width, height, inset, labelLines, sub: subText, badges };
}

/** Where the parts of a node sit, relative to its top-left corner. */
export const NODE_LAYOUT = { PAD, ICON, GAP, BADGE_H, BADGE_GAP, BADGE_PAD, MARK, MARK_GAP } as const;

/** Connection labels up to this many characters are always drawn whole (wrapped, never cut). */
export const EDGE_LABEL_KEPT = 40;
const EDGE_LABEL_WIDTH = 150;

export interface LabelMetrics {
  lines: string[];
  width: number;
  height: number;
  /** The label did not fit and was cut: the drawing carries the whole text as a tooltip. */
  cut: boolean;
}

/**
 * A label of up to EDGE_LABEL_KEPT characters wraps at spaces onto as many lines as it needs, in a column as wide as its
 * longest word, so nothing is cut; a longer one gets two lines ending in an ellipsis.
 */
export function measureEdgeLabel(edge: DiagramEdge): LabelMetrics | undefined {
  if (!edge.label) return undefined;
  const words = edge.label.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const whole = [...edge.label].length <= EDGE_LABEL_KEPT;
  const maxWidth = whole ? Math.max(EDGE_LABEL_WIDTH, ...words.map((w) => textWidth(w, FONT.edge))) : EDGE_LABEL_WIDTH;
  const lines = wrapText(edge.label, FONT.edge, maxWidth, whole ? Number.POSITIVE_INFINITY : 2);
  return { lines, width: Math.max(...lines.map((l) => textWidth(l, FONT.edge))) + 8, height: lines.length * 14 + 4, cut: lines.join(' ') !== words.join(' ') };
}

export interface GroupMetrics { title: string; titleWidth: number; padding: Insets }

function groupTitle(group: DiagramGroup): string {
  return wrapText(group.groupKind ? `${group.label}  ·  ${group.groupKind}` : group.label, FONT.group, 260, 1, true)[0] ?? group.label;
}

export function measureGroup(group: DiagramGroup): GroupMetrics {
  const title = groupTitle(group);
  return { title, titleWidth: textWidth(title, FONT.group, true) + 24, padding: { top: 38, right: 16, bottom: 12, left: 16 } };
}

export interface CollapsedMetrics { title: string; count: string; width: number; height: number }

/** A collapsed group: one box with its title and how many components it holds. */
export function measureCollapsedGroup(group: DiagramGroup): CollapsedMetrics {
  const title = groupTitle(group);
  const members = group.collapsed?.members ?? 0;
  const count = `${members} component${members === 1 ? '' : 's'} · click to expand`;
  const width = Math.max(MIN_WIDTH, textWidth(title, FONT.group, true) + 28 + 20, textWidth(count, FONT.sub) + 28);
  return { title, count, width: Math.ceil(width), height: 64 };
}
