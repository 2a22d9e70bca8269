// Runs inside the preview webview: lays the failure overlay and the single-point-of-failure badges over the picture,
// and reads back what it drew. Every text is set with textContent; IDs are compared, never put into selectors.
import type { Overlay, OverlayText } from '../../../server/src/diagram/impactOverlay';
import type { OverlayReport } from '../preview/messages';

const SVG_NS = 'http://www.w3.org/2000/svg';
const KINDS = ['node', 'group', 'edge'] as const;
const MARK_CLASSES = ['failed', 'unreachable', 'partial', 'stalled', 'spof', 'cut'].map((mark) => `impact-${mark}`);

/** Every drawn element of one kind by its ID. */
function byId(content: HTMLElement, kind: typeof KINDS[number]): Map<string, SVGGElement> {
  const found = new Map<string, SVGGElement>();
  for (const el of content.querySelectorAll<SVGGElement>(`g.${kind}`)) {
    const id = el.getAttribute('data-id');
    if (id !== null) found.set(id, el);
  }
  return found;
}

/** A "SPOF" pill on the top-left corner of a node or group. */
function spofBadge(el: SVGGElement): SVGGElement {
  const box = el.getBBox();
  const badge = document.createElementNS(SVG_NS, 'g');
  badge.setAttribute('class', 'spof-badge');
  badge.setAttribute('transform', `translate(${box.x - 6},${box.y - 8})`);
  const pill = document.createElementNS(SVG_NS, 'rect');
  pill.setAttribute('width', '38');
  pill.setAttribute('height', '16');
  pill.setAttribute('rx', '8');
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', '19');
  text.setAttribute('y', '11.5');
  text.setAttribute('text-anchor', 'middle');
  text.textContent = 'SPOF';
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = 'Single point of failure: its failure alone cuts a client off';
  badge.append(title, pill, text);
  return badge;
}

/** Takes the previous overlay off and lays `overlay` (if any) over the picture in `content`. */
export function applyOverlay(content: HTMLElement, overlay: Overlay | undefined): void {
  for (const el of content.querySelectorAll('.spof-badge')) el.remove();
  for (const el of content.querySelectorAll(MARK_CLASSES.map((c) => `.${c}`).join(','))) el.classList.remove(...MARK_CLASSES);
  content.classList.toggle('impact-shown', Boolean(overlay?.failure));
  if (!overlay) return;
  const drawn = new Map(KINDS.map((kind) => [kind, byId(content, kind)]));
  for (const [key, marks] of Object.entries(overlay.marks)) {
    const split = key.indexOf(':');
    const kind = KINDS.find((k) => k === key.slice(0, split));
    const el = kind && drawn.get(kind)?.get(key.slice(split + 1));
    if (!el) continue;
    el.classList.add(...marks.map((mark) => `impact-${mark}`));
    if (marks.includes('spof') && kind !== 'edge') el.append(spofBadge(el));
  }
}

/** Fills a panel with a title and one list item per line (or hides it). */
export function showText(panel: HTMLElement, text: OverlayText | undefined): void {
  const heading = panel.querySelector('.overlay-title');
  const list = panel.querySelector('ul');
  panel.hidden = !text;
  if (!heading || !list) return;
  heading.textContent = text?.title ?? '';
  list.replaceChildren(...(text?.lines ?? []).map((line) => {
    const item = document.createElement('li');
    item.textContent = line;
    return item;
  }));
}

const idsWith = (content: HTMLElement, selector: string) =>
  [...content.querySelectorAll(selector)].map((el) => el.getAttribute('data-id') ?? '').sort();

/** What the picture shows of the overlay, from the DOM: the e2e tests and `sysd.preview.state` read this. */
export function overlayReport(content: HTMLElement, failurePanel: HTMLElement, spofPanel: HTMLElement): OverlayReport {
  const text = (panel: HTMLElement) => (panel.hidden ? undefined : panel.textContent?.replace(/\s+/g, ' ').trim());
  const failure = text(failurePanel);
  const spofList = text(spofPanel);
  return {
    failed: idsWith(content, '.impact-failed'),
    unreachable: idsWith(content, '.impact-unreachable'),
    partial: idsWith(content, '.impact-partial'),
    stalled: idsWith(content, '.impact-stalled'),
    spof: [...content.querySelectorAll('.spof-badge')].map((badge) => badge.parentElement?.getAttribute('data-id') ?? '').sort(),
    cut: content.querySelectorAll('g.edge.impact-cut').length,
    ...(failure ? { failure } : {}),
    ...(spofList ? { spofList } : {}),
  };
}
