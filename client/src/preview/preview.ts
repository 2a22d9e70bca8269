// The live preview: one webview panel that follows the active .sysd editor, redrawn on every change (batched), plus export.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { cardsOf } from '../../../server/src/diagram/cards';
import { collapseGroups } from '../../../server/src/diagram/collapse';
import { diagramSize, type Diagram, type DiagramSource } from '../../../server/src/diagram/model';
import type { ThemeName } from '../../../server/src/diagram/themes';
import { DIRECTION_SETTINGS, outermostGroups, type Viewport } from '../../../server/src/diagram/viewport';
import { batchDelay } from './batch';
import { CollapseState } from './collapseState';
import { LayoutClient, Superseded, type SpawnLayoutWorker } from './layoutClient';
import { localResourceRoots, previewHtml } from './html';
import { sizeNotice } from './sizeGuard';
import { webviewMessage, type HostMessage, type PreviewState, type WebviewMessage } from './messages';

export const VIEW_TYPE = 'sysd.preview';
const DIAGRAM_REQUEST = 'sysd/diagram';

interface DiagramResult {
  uri: string;
  version: number;
  diagram: Diagram;
  syntaxErrors: Array<{ uri: string; line: number; message: string }>;
}

interface Shown {
  uri: string;
  version: number;
  /** As drawn: collapsed groups are boxes, their connections merged. */
  diagram: Diagram;
  /** The whole design as the server sent it. */
  design: Diagram;
  /** Every component and group of the design, drawn or inside a collapsed group (what edits to imports are matched on). */
  sources: Set<string>;
  collapsed: string[];
  /** The collapsed groups are an overview's (nothing was chosen for this file yet). */
  overview: boolean;
}

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** The preview settings for a design: `direction` is resource-scoped, so each folder of a multi-root workspace may set it. */
function settings(uri?: string) {
  const config = vscode.workspace.getConfiguration('sysd.preview', uri ? vscode.Uri.parse(uri) : undefined);
  return {
    direction: DIRECTION_SETTINGS.find((setting) => setting === config.get<string>('direction')) ?? 'auto',
    maxNodes: Math.max(1, config.get<number>('maxNodes') ?? 300),
    debounceMs: Math.max(0, config.get<number>('debounceMs') ?? 250),
  };
}

/** "Preview name.sysd", or "[Preview] name.sysd" when locked, like Markdown's preview. */
function previewTitle(uri: string, locked: boolean): string {
  const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  return locked ? `[Preview] ${name}` : `Preview ${name}`;
}

/** The fixed palette closest to the editor's theme, for exported files (which cannot read VS Code's variables). */
export function exportTheme(): ThemeName {
  switch (vscode.window.activeColorTheme.kind) {
    case vscode.ColorThemeKind.Dark: return 'dark';
    case vscode.ColorThemeKind.HighContrast: return 'high-contrast';
    default: return 'light';
  }
}

function toRange(range: DiagramSource['selection']): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

function contains(source: DiagramSource, uri: string, position: vscode.Position): boolean {
  return source.uri === uri && toRange(source.range).contains(position);
}

export class Preview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: string | undefined;
  /** A locked preview keeps its design instead of following the active editor (Toggle Preview Locking). */
  private locked = false;
  private shown: Shown | undefined;
  private state: PreviewState | undefined;
  private ready: Promise<void> | undefined;
  private markReady: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private burstStart: number | undefined;
  private generation = 0;
  private nextRasterId = 1;
  private readonly rasters = new Map<number, { resolve(data: Uint8Array): void; reject(error: Error): void }>();
  private readonly layout: LayoutClient;
  private readonly collapse: CollapseState;
  /** The webview's drawing area, reported when it loads and when the panel is resized. */
  private viewport: Viewport | undefined;
  private readonly shownWaiters: Array<{ uri: string; resolve(): void }> = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext, private readonly client: BaseLanguageClient, spawnLayout: SpawnLayoutWorker, private readonly output?: vscode.LogOutputChannel,
  ) {
    this.layout = new LayoutClient(spawnLayout);
    this.collapse = new CollapseState(context.workspaceState);
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.panel && this.uri && event.contentChanges.length && this.affects(event.document.uri.toString())) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && !this.locked && editor?.document.languageId === 'sysd' && editor.document.uri.toString() !== this.uri) {
          this.uri = editor.document.uri.toString();
          this.refreshNow();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => this.followCursor(event.textEditor)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (this.panel && event.affectsConfiguration('sysd.preview')) this.refreshNow();
      }),
    );
  }

  /** The preview draws the document, and any document its design imports. */
  private affects(uri: string): boolean {
    if (uri === this.uri) return true;
    return Boolean(this.shown?.sources.has(uri));
  }

  /** Locks the preview on its design, or unlocks it to follow the active editor again (as Markdown's does). */
  toggleLock(): void {
    if (!this.panel) return;
    this.locked = !this.locked;
    const active = vscode.window.activeTextEditor?.document;
    if (!this.locked && active?.languageId === 'sysd') this.uri = active.uri.toString();
    if (this.uri) this.panel.title = previewTitle(this.uri, this.locked);
    this.refreshNow();
  }

  lastState(): PreviewState | undefined {
    return this.state;
  }

  /** Opens (or reveals) the panel on `uri`, beside the editor or in the active column. */
  async open(uri: vscode.Uri, toSide: boolean): Promise<void> {
    this.uri = uri.toString();
    if (this.panel) {
      this.panel.reveal(toSide ? vscode.ViewColumn.Beside : undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'sysd Preview', { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide }, {
        enableScripts: true, retainContextWhenHidden: true, localResourceRoots: localResourceRoots(this.context.extensionUri),
      });
      this.adopt(panel);
    }
    this.refreshNow();
  }

  /** Takes over a panel: a new one, or one VS Code restores after a window reload. */
  adopt(panel: vscode.WebviewPanel, restoredUri?: string): void {
    this.panel?.dispose();
    this.panel = panel;
    if (restoredUri) this.uri = restoredUri;
    this.shown = undefined;
    this.state = undefined;
    this.ready = new Promise((resolve) => { this.markReady = resolve; });
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview-icon.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: localResourceRoots(this.context.extensionUri) };
    panel.webview.html = previewHtml(panel.webview, this.context.extensionUri);
    panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw), undefined, this.disposables);
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.locked = false;
      this.shown = undefined;
      this.state = undefined;
      for (const raster of this.rasters.values()) raster.reject(new Error('the preview was closed'));
      this.rasters.clear();
    }, undefined, this.disposables);
    if (this.uri) this.refreshNow();
  }

  private post(message: HostMessage): void {
    void this.panel?.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const parsed = webviewMessage.safeParse(raw);
    if (!parsed.success) {
      this.output?.warn(`sysd preview: ignored a malformed message from the webview (${parsed.error.issues[0]?.message ?? 'invalid'}).`);
      return;
    }
    const message: WebviewMessage = parsed.data;
    switch (message.type) {
      case 'ready':
        this.markReady?.();
        if (this.uri) this.refreshNow();
        break;
      case 'viewport': {
        const before = this.viewport;
        this.viewport = { width: Math.round(message.width), height: Math.round(message.height) };
        // A resize redraws for the new shape (the worker's cache answers when the layout stays the same).
        if (before && (before.width !== this.viewport.width || before.height !== this.viewport.height)) this.schedule();
        break;
      }
      case 'toggleGroup': {
        const shown = this.shown;
        if (!shown) break;
        const inner = shown.design.groups.filter((g) => g.parent === message.id).map((g) => g.id);
        void this.collapse.toggle(shown.uri, message.id, shown, inner).then(() => this.refreshNow());
        break;
      }
      case 'expandAll':
        if (this.shown) void this.collapse.expandAll(this.shown.uri).then(() => this.refreshNow());
        break;
      case 'rendered':
        this.state = { uri: message.uri, version: message.version, nodes: message.nodes, edges: message.edges, ...(message.notice ? { notice: message.notice } : {}) };
        break;
      case 'reveal':
        void this.reveal(message.kind, message.id);
        break;
      case 'finding':
        void this.revealFinding(message.owner);
        break;
      case 'png': {
        const raster = this.rasters.get(message.requestId);
        this.rasters.delete(message.requestId);
        raster?.resolve(base64Bytes(message.dataUrl.slice('data:image/png;base64,'.length)));
        break;
      }
      case 'pngError': {
        const raster = this.rasters.get(message.requestId);
        this.rasters.delete(message.requestId);
        raster?.reject(new Error(message.message));
        break;
      }
      case 'error':
        this.output?.error(`sysd preview webview: ${message.message}`);
        break;
    }
  }

  /** Batches a typing burst: waits for a quiet period, but never longer than a few periods in total. */
  private schedule(): void {
    const { debounceMs } = settings();
    const now = Date.now();
    this.burstStart ??= now;
    const delay = batchDelay(now, this.burstStart, debounceMs);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refreshNow(), delay);
  }

  private refreshNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.burstStart = undefined;
    void this.refresh().catch((error: unknown) => {
      if (error instanceof Superseded) return;
      // A failed layout or request leaves the last picture up and says why, rather than a dead panel.
      const text = error instanceof Error ? error.message : String(error);
      this.output?.error(`sysd preview: ${text}`);
      this.post({ type: 'banner', text: `The diagram could not be updated: ${text}` });
    });
  }

  private async running(): Promise<void> {
    if (this.client.state === State.Running) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => { listener.dispose(); reject(new Error('the sysd language server is not running')); }, 20_000);
      const listener = this.client.onDidChangeState((event) => {
        if (event.newState === State.Running) { clearTimeout(timer); listener.dispose(); resolve(); }
      });
    });
  }

  /** The newest diagram of a document from the language server. */
  async diagramOf(uri: string): Promise<DiagramResult | undefined> {
    await this.running();
    return (await this.client.sendRequest<DiagramResult | null>(DIAGRAM_REQUEST, { uri })) ?? undefined;
  }

  private async refresh(): Promise<void> {
    const uri = this.uri;
    if (!this.panel || !uri) return;
    const generation = ++this.generation;
    // Messages sent before the webview's script runs would be lost.
    await this.ready;
    const result = await this.diagramOf(uri);
    if (generation !== this.generation || !this.panel) return;
    if (!result) {
      this.post({ type: 'message', uri, version: -1, text: 'Open a .sysd file to see its diagram.' });
      return;
    }
    this.panel.title = previewTitle(uri, this.locked);
    const first = result.syntaxErrors[0];
    const banner = first
      ? `${result.syntaxErrors.length} syntax error${result.syntaxErrors.length === 1 ? '' : 's'} (line ${first.line + 1}: ${first.message})${this.shown?.uri === uri ? ' — showing the last good diagram' : ''}`
      : undefined;
    // A design with syntax errors keeps its last good picture; only the banner changes.
    if (first && this.shown?.uri === uri) {
      this.post({ type: 'banner', text: banner });
      return;
    }
    const { direction, maxNodes } = settings(uri);
    // Until the user collapses or expands a group, a design too big to lay out live opens as an overview.
    let collapsed = this.collapse.get(uri);
    const tooBig = collapsed === undefined && diagramSize(result.diagram) > maxNodes;
    if (tooBig) collapsed = outermostGroups(result.diagram);
    const notice = sizeNotice(result.diagram, maxNodes, collapsed ? collapseGroups(result.diagram, collapsed) : result.diagram);
    if (notice) {
      this.shown = undefined;
      this.post({ type: 'message', uri, version: result.version, text: notice });
      return;
    }
    const size = result.diagram.nodes.length + result.diagram.groups.length;
    const started = Date.now();
    const rendered = await this.layout.render(result.diagram, {
      direction, theme: 'none', startHint: true, ...(this.viewport ? { viewport: this.viewport } : {}), ...(collapsed ? { collapsed } : {}),
    });
    if (generation !== this.generation || !this.panel) return;
    this.output?.trace(`sysd preview: ${size} components and groups ${rendered.layoutReused ? 'redrawn on the previous layout' : 'laid out and drawn'} in ${Date.now() - started} ms`);
    const drawn = collapseGroups(result.diagram, rendered.collapsed);
    const sources = new Set([...result.diagram.nodes, ...result.diagram.groups].map((e) => e.source.uri));
    const overview = rendered.overview || tooBig;
    this.shown = { uri, version: result.version, diagram: drawn, design: result.diagram, sources, collapsed: rendered.collapsed, overview };
    this.post({
      type: 'diagram', uri, version: result.version, svg: rendered.svg, cards: cardsOf(drawn), ...(banner ? { banner } : {}),
      view: { direction: rendered.direction, collapsed: rendered.collapsed.length, overview },
    });
    for (const waiter of this.shownWaiters.splice(0)) {
      if (waiter.uri === uri) waiter.resolve();
      else this.shownWaiters.push(waiter);
    }
    const editor = vscode.window.activeTextEditor;
    if (editor) this.followCursor(editor);
  }

  /** Resolves once the preview shows `uri` (or after `timeoutMs`, so a failed layout cannot hang a command). */
  private shownAs(uri: string, timeoutMs = 10_000): Promise<void> {
    if (this.shown?.uri === uri) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.shownWaiters.push({ uri, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  private followCursor(editor: vscode.TextEditor): void {
    const shown = this.shown;
    if (!this.panel || !shown || editor.document.uri.toString() !== this.uri) return;
    const position = editor.selection.active;
    const uri = editor.document.uri.toString();
    const candidates: Array<{ key: string; source: DiagramSource }> = [
      ...shown.diagram.nodes.map((n) => ({ key: `node:${n.id}`, source: n.source })),
      ...shown.diagram.groups.map((g) => ({ key: `group:${g.id}`, source: g.source })),
      ...shown.diagram.edges.map((e) => ({ key: `edge:${e.id}`, source: { ...e.source, range: e.source.selection } })),
    ];
    let best: { key: string; size: number } | undefined;
    for (const { key, source } of candidates) {
      if (!contains(source, uri, position)) continue;
      const size = (source.range.end.line - source.range.start.line) * 100_000 + source.range.end.character - source.range.start.character;
      if (!best || size < best.size) best = { key, size };
    }
    this.post({ type: 'highlight', ...(best ? { key: best.key } : {}) });
  }

  private async showSource(uri: string, range: vscode.Range): Promise<void> {
    const target = vscode.Uri.parse(uri);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    const editor = await vscode.window.showTextDocument(target, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async reveal(kind: 'node' | 'group' | 'edge', id: string): Promise<void> {
    const diagram = this.shown?.diagram;
    const source = kind === 'node' ? diagram?.nodes.find((n) => n.id === id)?.source
      : kind === 'group' ? diagram?.groups.find((g) => g.id === id)?.source
        : diagram?.edges.find((e) => e.id === id)?.source;
    if (source) await this.showSource(source.uri, toRange(source.selection));
  }

  private async revealFinding(owner: string): Promise<void> {
    const diagram = this.shown?.diagram;
    if (!diagram) return;
    const element = [...diagram.nodes, ...diagram.groups, ...diagram.edges].find((e) => e.id === owner);
    const finding = [...(element?.findings ?? [])].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
    if (!finding) return;
    await this.showSource(finding.uri, toRange(finding.range));
    await vscode.commands.executeCommand('editor.action.showHover');
  }

  /** Shows the preview of `uri` with `id` highlighted (the code lens's "show in preview"). */
  async showElement(uri: vscode.Uri, id: string): Promise<void> {
    await this.open(uri, true);
    await this.ready;
    await this.shownAs(uri.toString());
    const diagram = this.shown?.diagram;
    const kind = diagram?.groups.some((g) => g.id === id) ? 'group' : diagram?.nodes.some((n) => n.id === id) ? 'node' : 'edge';
    this.post({ type: 'highlight', key: `${kind}:${id}` });
  }

  /** The export SVG of a document: the preview's picture in the fixed palette closest to the editor's theme. */
  async exportSvg(uri: vscode.Uri): Promise<{ svg: string; width: number; height: number }> {
    const result = await this.diagramOf(uri.toString());
    if (!result) throw new Error(`${uri.fsPath} is not open as a sysd document.`);
    // Exports draw the whole design, flowing right unless the setting says down (a file has no panel to follow).
    return this.layout.render(result.diagram, { direction: settings(uri.toString()).direction === 'down' ? 'down' : 'right', theme: exportTheme() }, 'export');
  }

  /** PNG bytes, rasterised by the webview's canvas (no native module in the extension): opens the preview if needed. */
  async exportPng(uri: vscode.Uri, scale = 2): Promise<Uint8Array> {
    const { svg, width, height } = await this.exportSvg(uri);
    if (!this.panel) await this.open(uri, true);
    await this.ready;
    const requestId = this.nextRasterId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.rasters.delete(requestId); reject(new Error('the preview did not rasterise the diagram in time')); }, 30_000);
      this.rasters.set(requestId, {
        resolve: (data) => { clearTimeout(timer); resolve(data); },
        reject: (error) => { clearTimeout(timer); reject(error); },
      });
      this.post({ type: 'rasterise', requestId, svg, width, height, scale });
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.layout.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Decodes base64 with what node and the browser's extension host both have (no Buffer in the browser). */
function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
