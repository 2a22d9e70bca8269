// The live preview panel: one webview that follows the active .sysd editor, its messages, cursor-follow and reveal.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Viewport } from '../../../server/src/diagram/viewport';
import type { DiagramChoice } from '../../../server/src/protocol/requests';
import { CollapseState } from './collapseState';
import { Exporter } from './export';
import { localResourceRoots, previewHtml } from './html';
import { ImpactOverlay } from './impact';
import type { SpawnLayoutWorker } from './layoutClient';
import { webviewMessage, type HostMessage, type PreviewState, type WebviewMessage } from './messages';
import { RefreshLane, type LaneHost, type Shown } from './refreshLane';
import { SelectionState } from './selectionState';
import { elementAt, showSource, sourceOf, toRange, worstFinding } from './sourceLinks';

export const VIEW_TYPE = 'sysd.preview';

/** "Preview name.sysd", or "[Preview] name.sysd" when locked, like Markdown's preview. */
function previewTitle(uri: string, locked: boolean): string {
  const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  return locked ? `[Preview] ${name}` : `Preview ${name}`;
}

export class Preview implements vscode.Disposable, LaneHost {
  private panel: vscode.WebviewPanel | undefined;
  private design: string | undefined;
  /** A locked preview keeps its design instead of following the active editor (Toggle Preview Locking). */
  private locked = false;
  private state: PreviewState | undefined;
  ready: Promise<void> | undefined;
  private markReady: (() => void) | undefined;
  /** The webview's drawing area, reported when it loads and when the panel is resized. */
  viewport: Viewport | undefined;
  private readonly lane: RefreshLane;
  private readonly exporter: Exporter;
  private readonly collapse: CollapseState;
  private readonly selection: SelectionState;
  private readonly impact: ImpactOverlay;
  private readonly shownWaiters: Array<{ uri: string; resolve(): void }> = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext, client: BaseLanguageClient, spawnLayout: SpawnLayoutWorker, private readonly output?: vscode.LogOutputChannel,
  ) {
    this.collapse = new CollapseState(context.workspaceState);
    this.selection = new SelectionState(context.workspaceState);
    this.lane = new RefreshLane(this, client, spawnLayout, this.collapse, this.selection, output);
    const lane = this.lane;
    this.impact = new ImpactOverlay(client, { get shown() { return lane.shown; }, post: (message) => this.post(message) }, (text) => {
      void vscode.window.showWarningMessage(`sysd: could not show what fails: ${text}`);
    });
    this.exporter = new Exporter(this.lane, {
      listening: async (uri) => {
        if (!this.panel) await this.open(uri, true);
        await this.ready;
      },
      post: (message) => this.post(message),
    });
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.panel && this.design && event.contentChanges.length && this.affects(event.document.uri.toString())) this.lane.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && !this.locked && editor?.document.languageId === 'sysd' && editor.document.uri.toString() !== this.design) {
          this.design = editor.document.uri.toString();
          this.lane.refreshNow();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => this.followCursor(event.textEditor)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (this.panel && event.affectsConfiguration('sysd.preview')) this.lane.refreshNow();
      }),
    );
  }

  /** The design the panel draws (the lane's target); undefined while no panel is open. */
  get uri(): string | undefined {
    return this.panel ? this.design : undefined;
  }

  /** The preview draws the document, and any document its design imports. */
  private affects(uri: string): boolean {
    if (uri === this.design) return true;
    return Boolean(this.lane.shown?.sources.has(uri));
  }

  /** Locks the preview on its design, or unlocks it to follow the active editor again (as Markdown's does). */
  toggleLock(): void {
    if (!this.panel) return;
    this.locked = !this.locked;
    const active = vscode.window.activeTextEditor?.document;
    if (!this.locked && active?.languageId === 'sysd') this.design = active.uri.toString();
    if (this.design) this.panel.title = previewTitle(this.design, this.locked);
    this.lane.refreshNow();
  }

  lastState(): PreviewState | undefined {
    return this.state;
  }

  /** Opens (or reveals) the panel on `uri`, beside the editor or in the active column. */
  async open(uri: vscode.Uri, toSide: boolean): Promise<void> {
    this.design = uri.toString();
    if (this.panel) {
      this.panel.reveal(toSide ? vscode.ViewColumn.Beside : undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'sysd Preview', { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide }, {
        enableScripts: true, retainContextWhenHidden: true, localResourceRoots: localResourceRoots(this.context.extensionUri),
      });
      this.adopt(panel);
    }
    this.lane.refreshNow();
  }

  /** Takes over a panel: a new one, or one VS Code restores after a window reload. */
  adopt(panel: vscode.WebviewPanel, restoredUri?: string): void {
    this.panel?.dispose();
    this.panel = panel;
    if (restoredUri) this.design = restoredUri;
    this.lane.shown = undefined;
    this.state = undefined;
    this.impact.reset();
    this.ready = new Promise((resolve) => { this.markReady = resolve; });
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview-icon.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: localResourceRoots(this.context.extensionUri) };
    panel.webview.html = previewHtml(panel.webview, this.context.extensionUri);
    panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw), undefined, this.disposables);
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.locked = false;
      this.lane.shown = undefined;
      this.state = undefined;
      this.impact.reset();
      this.exporter.closed();
    }, undefined, this.disposables);
    if (this.design) this.lane.refreshNow();
  }

  post(message: HostMessage): void {
    void this.panel?.webview.postMessage(message);
  }

  answered(uri: string): void {
    if (this.panel) this.panel.title = previewTitle(uri, this.locked);
  }

  drew(shown: Shown): void {
    for (const waiter of this.shownWaiters.splice(0)) {
      if (waiter.uri === shown.uri) waiter.resolve();
      else this.shownWaiters.push(waiter);
    }
    const editor = vscode.window.activeTextEditor;
    if (editor) this.followCursor(editor);
    void this.impact.redrawn(shown);
  }

  private receive(raw: unknown): void {
    const parsed = webviewMessage.safeParse(raw);
    if (!parsed.success) {
      this.output?.warn(`sysd preview: ignored a malformed message from the webview (${parsed.error.issues[0]?.message ?? 'invalid'}).`);
      return;
    }
    const message: WebviewMessage = parsed.data;
    const shown = this.lane.shown;
    switch (message.type) {
      case 'ready':
        this.markReady?.();
        if (this.design) this.lane.refreshNow();
        break;
      case 'viewport': {
        const before = this.viewport;
        this.viewport = { width: Math.round(message.width), height: Math.round(message.height) };
        // A resize redraws for the new shape (the worker's cache answers when the layout stays the same).
        if (before && (before.width !== this.viewport.width || before.height !== this.viewport.height)) this.lane.schedule();
        break;
      }
      case 'toggleGroup': {
        if (!shown) break;
        const inner = shown.design.groups.filter((g) => g.parent === message.id).map((g) => g.id);
        void this.collapse.toggle(shown.uri, message.id, shown, inner).then(() => this.lane.refreshNow());
        break;
      }
      case 'pick':
        if (this.design) void this.selection.set(this.design, message.choice ?? undefined).then(() => this.lane.refreshNow());
        break;
      case 'expandAll':
        if (shown) void this.collapse.expandAll(shown.uri).then(() => this.lane.refreshNow());
        break;
      case 'rendered':
        this.state = { uri: message.uri, version: message.version, nodes: message.nodes, edges: message.edges, ...(message.notice ? { notice: message.notice } : {}) };
        break;
      case 'reveal': {
        const source = sourceOf(shown?.diagram, message.kind, message.id);
        if (source) void showSource(source.uri, toRange(source.selection));
        break;
      }
      case 'finding':
        void this.revealFinding(message.owner);
        break;
      case 'png':
        this.exporter.rasterised(message.requestId, { dataUrl: message.dataUrl });
        break;
      case 'pngError':
        this.exporter.rasterised(message.requestId, { error: message.message });
        break;
      case 'error':
        this.output?.error(`sysd preview webview: ${message.message}`);
        break;
      case 'clearFailure':
        void this.impact.clearFailure();
        break;
      case 'toggleSpof':
        void this.impact.toggleSpof();
        break;
      case 'overlayShown': {
        const { type: _type, ...overlay } = message;
        if (this.state) this.state = { ...this.state, overlay };
        break;
      }
    }
  }

  /** Resolves once the preview shows `uri` (or after `timeoutMs`, so a failed layout cannot hang a command). */
  private shownAs(uri: string, timeoutMs = 10_000): Promise<void> {
    if (this.lane.shown?.uri === uri) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.shownWaiters.push({ uri, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  private followCursor(editor: vscode.TextEditor): void {
    const shown = this.lane.shown;
    const uri = editor.document.uri.toString();
    if (!this.panel || !shown || uri !== this.design) return;
    const key = elementAt(shown.diagram, uri, editor.selection.active);
    this.post({ type: 'highlight', ...(key ? { key } : {}) });
  }

  private async revealFinding(owner: string): Promise<void> {
    const diagram = this.lane.shown?.diagram;
    const finding = diagram && worstFinding(diagram, owner);
    if (!finding) return;
    await showSource(finding.uri, toRange(finding.range));
    await vscode.commands.executeCommand('editor.action.showHover');
  }

  /** Shows the preview of `uri` with `id` highlighted (the code lens's "show in preview"). */
  async showElement(uri: vscode.Uri, id: string): Promise<void> {
    await this.open(uri, true);
    await this.ready;
    await this.shownAs(uri.toString());
    const diagram = this.lane.shown?.diagram;
    const kind = diagram?.groups.some((g) => g.id === id) ? 'group' : diagram?.nodes.some((n) => n.id === id) ? 'node' : 'edge';
    this.post({ type: 'highlight', key: `${kind}:${id}` });
  }

  /** Opens the preview of `uri` on a view or flow (the code lens's "Show in preview" on a view or flow). */
  async showChoice(uri: vscode.Uri, choice: DiagramChoice): Promise<void> {
    await this.selection.set(uri.toString(), choice);
    await this.open(uri, true);
  }

  /** Opens the preview of `uri` and shows what stops working with `ids` (components or groups) down. */
  async showFailure(uri: vscode.Uri, ids: string[]): Promise<void> {
    await this.open(uri, true);
    await this.ready;
    await this.shownAs(uri.toString());
    await this.impact.fail(uri.toString(), ids);
  }

  /** The toolbar's "Single points of failure" toggle, from the palette. */
  toggleSinglePoints(): Promise<void> {
    return this.impact.toggleSpof();
  }

  /** The components and groups of a design, for a quick pick (undefined when the server does not know the file). */
  async elementsOf(uri: vscode.Uri): Promise<Array<{ id: string; kind: string; label: string }> | undefined> {
    const diagram = (await this.lane.diagramOf(uri.toString()))?.diagram;
    if (!diagram) return undefined;
    return [
      ...diagram.nodes.map((node) => ({ id: node.id, kind: node.kind, label: node.label, order: node.order })),
      ...diagram.groups.map((group) => ({ id: group.id, kind: 'group', label: group.label, order: group.order })),
    ].sort((a, b) => a.order - b.order).map(({ id, kind, label }) => ({ id, kind, label }));
  }

  /** The export SVG of a document: the preview's picture in the fixed palette closest to the editor's theme. */
  exportSvg(uri: vscode.Uri): Promise<{ svg: string; width: number; height: number }> {
    return this.exporter.svg(uri);
  }

  /** PNG bytes, rasterised by the webview's canvas: opens the preview if needed. */
  exportPng(uri: vscode.Uri, scale = 2): Promise<Uint8Array> {
    return this.exporter.png(uri, scale);
  }

  dispose(): void {
    this.panel?.dispose();
    this.lane.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
