// Runs inside the preview webview: shows the SVG, pans and zooms, hover cards, clicks back to the editor, PNG rasterising.
import type { Card, HostMessage, Picker, ViewState } from '../preview/messages';
import type { Overlay } from '../../../server/src/diagram/impactOverlay';
import { applyOverlay, overlayReport, showText } from './overlay';

interface VsCodeApi {
  postMessage(message: unknown): void;
  setState(state: unknown): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const canvas = document.getElementById('canvas') as HTMLDivElement;
const content = document.getElementById('content') as HTMLDivElement;
const banner = document.getElementById('banner') as HTMLDivElement;
const message = document.getElementById('message') as HTMLDivElement;
const tooltip = document.getElementById('tooltip') as HTMLDivElement;
const zoomLevel = document.getElementById('zoom-level') as HTMLSpanElement;
const viewState = document.getElementById('view-state') as HTMLSpanElement;
const expandAll = document.getElementById('expand-all') as HTMLButtonElement;
const picker = document.getElementById('picker') as HTMLSelectElement;
const spofToggle = document.getElementById('spof-toggle') as HTMLButtonElement;
const failurePanel = document.getElementById('failure') as HTMLDivElement;
const spofPanel = document.getElementById('spof-list') as HTMLDivElement;

const view = { scale: 1, x: 0, y: 0 };
let cards: Record<string, Card> = {};
let shownUri: string | undefined;
let highlighted: string | undefined;
let fitted = false;
/** The overlay on the picture: laid again over every redraw until the host sends the next one. */
let overlay: Overlay | undefined;
/** The view state of the picture shown: when it changes (a group collapsed, an overview), the picture is fitted again. */
let shownView = '';

const MIN_SCALE = 0.1;
const MAX_SCALE = 4;

function svg(): SVGSVGElement | null {
  return content.querySelector('svg');
}

function apply(): void {
  content.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
  zoomLevel.textContent = `${Math.round(view.scale * 100)}%`;
}

function zoomAt(factor: number, cx = canvas.clientWidth / 2, cy = canvas.clientHeight / 2): void {
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor));
  // Keep the point under the cursor where it is.
  view.x = cx - ((cx - view.x) * scale) / view.scale;
  view.y = cy - ((cy - view.y) * scale) / view.scale;
  view.scale = scale;
  apply();
}

function fit(): void {
  const root = svg();
  if (!root) return;
  const width = Number(root.getAttribute('width')) || 1;
  const height = Number(root.getAttribute('height')) || 1;
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.min(canvas.clientWidth / width, canvas.clientHeight / height, 1) * 0.96));
  view.scale = scale;
  view.x = (canvas.clientWidth - width * scale) / 2;
  view.y = Math.max(0, (canvas.clientHeight - height * scale) / 2);
  apply();
}

function actualSize(): void {
  view.scale = 1;
  view.x = 0;
  view.y = 0;
  apply();
}

/** Fills the picker (text only: labels never become markup) and shows what is drawn; hidden while there is no choice. */
function showPicker(state: Picker): void {
  const options: Array<[string, string]> = [['', 'Whole design']];
  for (const view of state.views) options.push([`view:${view.id}`, `View: ${view.label ?? view.id}`]);
  for (const flow of state.flows) options.push([`flow:${flow.id}`, `Flow: ${flow.label ?? flow.id}`]);
  const key = JSON.stringify(options);
  if (picker.dataset.options !== key) {
    picker.replaceChildren(...options.map(([value, text]) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = text;
      return option;
    }));
    picker.dataset.options = key;
  }
  picker.value = state.selected;
  picker.hidden = options.length === 1;
}

picker.addEventListener('change', () => {
  const value = picker.value;
  const at = value.indexOf(':');
  const kind = value.slice(0, at);
  vscode.postMessage({ type: 'pick', choice: at > 0 && (kind === 'view' || kind === 'flow') ? { kind, id: value.slice(at + 1) } : null });
});

/** The diagram element under a DOM node: its card key and what a click on it does. */
function elementAt(target: EventTarget | null): { key: string; kind: 'node' | 'group' | 'edge'; id: string; el: Element } | undefined {
  const el = target instanceof Element ? target.closest('g.node, g.edge, g.group') : null;
  const id = el?.getAttribute('data-id');
  if (!el || !id) return undefined;
  const kind = el.classList.contains('node') ? 'node' : el.classList.contains('edge') ? 'edge' : 'group';
  return { key: `${kind}:${id}`, kind, id, el };
}

function showCard(key: string, x: number, y: number): void {
  const card = cards[key];
  if (!card) { tooltip.hidden = true; return; }
  tooltip.replaceChildren();
  const title = document.createElement('div');
  title.className = 'card-title';
  title.textContent = card.title;
  const subtitle = document.createElement('div');
  subtitle.className = 'card-subtitle';
  subtitle.textContent = card.subtitle;
  tooltip.append(title, subtitle);
  if (card.description) {
    const description = document.createElement('div');
    description.className = 'card-description';
    description.textContent = card.description;
    tooltip.append(description);
  }
  if (card.facts.length) {
    const table = document.createElement('dl');
    for (const [name, value] of card.facts) {
      const dt = document.createElement('dt');
      dt.textContent = name;
      const dd = document.createElement('dd');
      dd.textContent = value;
      table.append(dt, dd);
    }
    tooltip.append(table);
  }
  for (const finding of card.findings) {
    const line = document.createElement('div');
    line.className = `card-finding severity-${finding.severity}`;
    line.textContent = `${finding.message} (${finding.code})`;
    tooltip.append(line);
  }
  tooltip.hidden = false;
  const margin = 12;
  const left = Math.min(x + margin, window.innerWidth - tooltip.offsetWidth - 4);
  const top = y + margin + tooltip.offsetHeight > window.innerHeight ? y - tooltip.offsetHeight - margin : y + margin;
  tooltip.style.left = `${Math.max(4, left)}px`;
  tooltip.style.top = `${Math.max(4, top)}px`;
}

/** Marks the element; `reveal` pans it into view when the editor's cursor moved to something off-screen. */
function highlight(key: string | undefined, reveal = false): void {
  highlighted = key;
  for (const el of content.querySelectorAll('.selected')) el.classList.remove('selected');
  if (!key) return;
  const [kind, ...rest] = key.split(':');
  const id = rest.join(':');
  for (const el of content.querySelectorAll(`g.${kind}`)) {
    if (el.getAttribute('data-id') !== id) continue;
    el.classList.add('selected');
    if (!reveal) continue;
    const box = el.getBoundingClientRect();
    const frame = canvas.getBoundingClientRect();
    if (box.right < frame.left || box.left > frame.right || box.bottom < frame.top || box.top > frame.bottom) {
      view.x += frame.left + frame.width / 2 - (box.left + box.width / 2);
      view.y += frame.top + frame.height / 2 - (box.top + box.height / 2);
      apply();
    }
  }
}

/** Says in the toolbar when the picture is an overview or has collapsed groups, and offers to expand them all. */
function showViewState(state: ViewState): void {
  const groups = `${state.collapsed} group${state.collapsed === 1 ? '' : 's'} collapsed`;
  viewState.textContent = state.overview ? `Overview: ${groups} to fit` : state.collapsed ? groups : '';
  viewState.hidden = !viewState.textContent;
  expandAll.hidden = state.collapsed === 0;
}

/** After an edit, a component or group that was not there before is brought into view if it was drawn off-screen. */
function keepInView(before: Set<string | null>): void {
  const added = [...content.querySelectorAll('g.node, g.group')].filter((el) => !before.has(el.getAttribute('data-id')));
  if (added.length === 0 || before.size === 0) return;
  const frame = canvas.getBoundingClientRect();
  const box = added[added.length - 1].getBoundingClientRect();
  if (box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom) return;
  const root = svg();
  const width = Number(root?.getAttribute('width')) || 1;
  const height = Number(root?.getAttribute('height')) || 1;
  // Refit when the whole picture still fits at the zoom in use; otherwise pan the new element to the middle.
  if (width * view.scale <= canvas.clientWidth && height * view.scale <= canvas.clientHeight) { fit(); return; }
  view.x += frame.left + frame.width / 2 - (box.left + box.width / 2);
  view.y += frame.top + frame.height / 2 - (box.top + box.height / 2);
  apply();
}

function setBanner(text: string | undefined): void {
  banner.textContent = text ?? '';
  banner.hidden = !text;
}

/** Right-clicking a component or group offers "What if this fails?" (package.json's webview/context menu). */
function addContextMenus(): void {
  for (const el of content.querySelectorAll<SVGGElement>('g.node, g.group')) {
    const id = el.getAttribute('data-id');
    if (id) el.dataset.vscodeContext = JSON.stringify({ webviewSection: 'element', sysdElement: id });
  }
}

function showOverlay(): void {
  applyOverlay(content, overlay);
  showText(failurePanel, overlay?.failure);
  showText(spofPanel, overlay?.spof);
  vscode.postMessage({ type: 'overlayShown', ...overlayReport(content, failurePanel, spofPanel) });
}

function report(uri: string, version: number): void {
  const nodes = [...content.querySelectorAll('g.node, g.group')].map((el) => el.getAttribute('data-id') ?? '');
  const edges = [...content.querySelectorAll('g.edge')].map((el) => `${el.getAttribute('data-from')}->${el.getAttribute('data-to')}`);
  vscode.postMessage({ type: 'rendered', uri, version, nodes, edges });
  vscode.setState({ uri });
}

/** Draws the export SVG onto a canvas and sends back PNG bytes (the extension ships no native rasteriser). */
async function rasterise(requestId: number, svgText: string, width: number, height: number, scale: number): Promise<void> {
  try {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.decoding = 'sync';
      await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('the SVG could not be loaded as an image'));
        image.src = url;
      });
      const target = document.createElement('canvas');
      target.width = Math.max(1, Math.round(width * scale));
      target.height = Math.max(1, Math.round(height * scale));
      const context = target.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(image, 0, 0, target.width, target.height);
      vscode.postMessage({ type: 'png', requestId, dataUrl: target.toDataURL('image/png') });
    } finally {
      URL.revokeObjectURL(url);
    }
  } catch (error) {
    vscode.postMessage({ type: 'pngError', requestId, message: error instanceof Error ? error.message : String(error) });
  }
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const data = event.data;
  switch (data.type) {
    case 'diagram': {
      message.hidden = true;
      const first = shownUri !== data.uri;
      shownUri = data.uri;
      cards = data.cards;
      // The SVG comes from the shared renderer, which escapes every string of the design; CSP forbids scripts in it anyway.
      const before = new Set([...content.querySelectorAll('g.node, g.group')].map((el) => el.getAttribute('data-id')));
      content.innerHTML = data.svg;
      setBanner(data.banner);
      showPicker(data.picker);
      // Switching to another view or flow fits the new picture, as opening a design does.
      const viewKey = JSON.stringify([data.view, data.picker.selected]);
      if (first || !fitted || viewKey !== shownView) { fit(); fitted = true; } else {
        apply();
        keepInView(before);
      }
      shownView = viewKey;
      showViewState(data.view);
      if (highlighted) highlight(highlighted);
      addContextMenus();
      report(data.uri, data.version);
      showOverlay();
      break;
    }
    case 'banner':
      setBanner(data.text);
      break;
    case 'message':
      content.replaceChildren();
      // The overlay stays for the next picture, but its texts are about one that is gone.
      failurePanel.hidden = true;
      spofPanel.hidden = true;
      message.textContent = data.text;
      message.hidden = false;
      shownUri = data.uri;
      fitted = false;
      vscode.postMessage({ type: 'rendered', uri: data.uri, version: data.version, nodes: [], edges: [], notice: data.text });
      break;
    case 'highlight':
      highlight(data.key, true);
      break;
    case 'overlay':
      overlay = data.overlay;
      spofToggle.setAttribute('aria-pressed', String(data.spof));
      showOverlay();
      break;
    case 'rasterise':
      void rasterise(data.requestId, data.svg, data.width, data.height, data.scale);
      break;
  }
});

// Pan by dragging; a press that does not move is a click.
let drag: { x: number; y: number; startX: number; startY: number; moved: boolean } | undefined;
canvas.addEventListener('pointerdown', (event) => {
  if (event.button !== 0) return;
  drag = { x: view.x, y: view.y, startX: event.clientX, startY: event.clientY, moved: false };
  canvas.setPointerCapture(event.pointerId);
});
canvas.addEventListener('pointermove', (event) => {
  if (drag) {
    const dx = event.clientX - drag.startX;
    const dy = event.clientY - drag.startY;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    if (drag.moved) {
      view.x = drag.x + dx;
      view.y = drag.y + dy;
      apply();
      tooltip.hidden = true;
      canvas.classList.add('panning');
      return;
    }
  }
  const element = elementAt(document.elementFromPoint(event.clientX, event.clientY));
  if (element) showCard(element.key, event.clientX, event.clientY);
  else tooltip.hidden = true;
});
canvas.addEventListener('pointerup', (event) => {
  // A right click opens the context menu: revealing the element would move the focus to the editor and close it.
  if (event.button !== 0) return;
  const wasDrag = drag?.moved;
  drag = undefined;
  canvas.classList.remove('panning');
  if (wasDrag) return;
  const under = document.elementFromPoint(event.clientX, event.clientY);
  const badge = under instanceof Element ? under.closest('g.finding-badge') : null;
  const owner = badge?.getAttribute('data-finding-of');
  if (owner) {
    vscode.postMessage({ type: 'finding', owner });
    return;
  }
  const step = under instanceof Element ? under.closest('g.step-badge')?.getAttribute('data-step') : null;
  if (step) {
    vscode.postMessage({ type: 'reveal', kind: 'step', id: step });
    return;
  }
  const element = elementAt(under);
  if (element?.kind === 'group' && under instanceof Element && (under.closest('.group-title') || element.el.classList.contains('collapsed'))) {
    vscode.postMessage({ type: 'toggleGroup', id: element.id });
    return;
  }
  if (element) {
    highlight(element.key);
    vscode.postMessage({ type: 'reveal', kind: element.kind, id: element.id });
  }
});
canvas.addEventListener('pointerleave', () => { tooltip.hidden = true; });
canvas.addEventListener('wheel', (event) => {
  event.preventDefault();
  const rect = canvas.getBoundingClientRect();
  zoomAt(Math.exp(-event.deltaY * (event.ctrlKey ? 0.01 : 0.0015)), event.clientX - rect.left, event.clientY - rect.top);
}, { passive: false });

document.addEventListener('keydown', (event) => {
  if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return;
  const step = 60;
  switch (event.key) {
    case '+': case '=': zoomAt(1.2); break;
    case '-': case '_': zoomAt(1 / 1.2); break;
    case 'Escape':
      if (!overlay?.failure) return;
      vscode.postMessage({ type: 'clearFailure' });
      break;
    case '0': fit(); break;
    case '1': actualSize(); break;
    case 'ArrowLeft': view.x += step; apply(); break;
    case 'ArrowRight': view.x -= step; apply(); break;
    case 'ArrowUp': view.y += step; apply(); break;
    case 'ArrowDown': view.y -= step; apply(); break;
    default: return;
  }
  event.preventDefault();
});

document.getElementById('zoom-in')?.addEventListener('click', () => zoomAt(1.2));
document.getElementById('zoom-out')?.addEventListener('click', () => zoomAt(1 / 1.2));
document.getElementById('zoom-fit')?.addEventListener('click', () => fit());
document.getElementById('zoom-reset')?.addEventListener('click', () => actualSize());
expandAll.addEventListener('click', () => vscode.postMessage({ type: 'expandAll' }));
spofToggle.addEventListener('click', () => vscode.postMessage({ type: 'toggleSpof' }));
document.getElementById('back-to-design')?.addEventListener('click', () => vscode.postMessage({ type: 'clearFailure' }));

/** The picture is laid out for the drawing area: its size goes to the host now and after every resize. */
function reportViewport(): void {
  // A panel not laid out yet (hidden, collapsed to nothing) has no shape to follow: the host keeps the last one.
  if (canvas.clientWidth < 50 || canvas.clientHeight < 50) return;
  vscode.postMessage({ type: 'viewport', width: canvas.clientWidth, height: canvas.clientHeight });
}
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  if (fitted && view.scale <= 1) fit();
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(reportViewport, 200);
});
window.addEventListener('error', (event) => vscode.postMessage({ type: 'error', message: String(event.message) }));

reportViewport();
vscode.postMessage({ type: 'ready' });
