// The picture of a design with nothing to draw yet: a fixed-size card instead of a 0×0 image no viewer can show.
import { FONT, textWidth } from './measure';
import { escapeXml } from './xml';

/**
 * The preview's hint. The starter snippet is the quickest way from an empty file to a design that passes every rule,
 * but it brings a header of its own: under an existing header, a component's snippet is the way to start.
 */
const START_HINT = "Start from a snippet: type 'design' and press Tab for a starter design.";
const START_HINT_UNDER_HEADER = "Start from a snippet: type a kind such as 'service' and press Tab.";
const MESSAGE = 'No components yet';
const NEXT_STEP = "Declare one to see it here, e.g. service api \"API\".";

const MARGIN = 20;
const MIN_WIDTH = 360;
const CARD_HEIGHT = 96;

const n = (value: number) => String(Math.round(value * 10) / 10);

export interface EmptyState {
  /** Size of the card area, below the title. */
  width: number;
  height: number;
  /** SVG elements in the card area's coordinates. */
  body: string;
}

/** Lines are measured like node labels, so the card is as wide as its longest line wherever it is drawn. */
export function emptyState(options: { startHint?: boolean; title?: { width: number } }): EmptyState {
  const lines = [
    { text: MESSAGE, className: 'label', size: FONT.label, bold: true },
    { text: NEXT_STEP, className: 'sub', size: FONT.sub, bold: false },
    ...(options.startHint
      ? [{ text: options.title ? START_HINT_UNDER_HEADER : START_HINT, className: 'sub empty-hint', size: FONT.sub, bold: false }]
      : []),
  ];
  const textSpan = Math.max(...lines.map((line) => textWidth(line.text, line.size, line.bold)));
  const cardWidth = Math.ceil(Math.max(MIN_WIDTH, textSpan + 2 * MARGIN, options.title?.width ?? 0));
  const cardHeight = CARD_HEIGHT + (options.startHint ? 18 : 0);
  let body = `<g class="empty-state"><rect class="group-box" x="${MARGIN}" y="${MARGIN / 2}" width="${cardWidth}" height="${cardHeight}" rx="10"/>`;
  lines.forEach((line, i) => {
    const y = MARGIN / 2 + 38 + i * 22;
    body += `<text class="${line.className}" x="${n(MARGIN + cardWidth / 2)}" y="${y}" font-size="${line.size}" text-anchor="middle">${escapeXml(line.text)}</text>`;
  });
  body += '</g>';
  return { width: cardWidth + 2 * MARGIN, height: cardHeight + MARGIN * 1.5, body };
}
