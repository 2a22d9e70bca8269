// The preview's refresh lane: batches edits, asks the server for the newest diagram, lays it out off the UI thread; newest wins.
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import type * as vscode from 'vscode';
import { cardsOf } from '../../../server/src/diagram/cards';
import { collapseGroups } from '../../../server/src/diagram/collapse';
import { diagramSize, type Diagram } from '../../../server/src/diagram/model';
import { outermostGroups, type Viewport } from '../../../server/src/diagram/viewport';
import { DIAGRAM_REQUEST, type DiagramChoice, type DiagramParams, type DiagramResult } from '../../../server/src/protocol/requests';
import { batchDelay } from './batch';
import type { CollapseState } from './collapseState';
import { LayoutClient, Superseded, type SpawnLayoutWorker } from './layoutClient';
import type { HostMessage } from './messages';
import type { SelectionState } from './selectionState';
import { previewSettings } from './settings';
import { sizeNotice } from './sizeGuard';

/** The picture on the panel. */
export interface Shown {
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
  /** The view or flow drawn; undefined: the whole design. */
  shows?: DiagramChoice;
}

/** What the lane needs of the panel it draws on. */
export interface LaneHost {
  /** The design to draw; undefined while no panel is open. */
  readonly uri: string | undefined;
  /** The webview's drawing area, once it reported one. */
  readonly viewport: Viewport | undefined;
  /** Resolves once the webview's script listens (messages sent before would be lost). */
  readonly ready: Promise<void> | undefined;
  post(message: HostMessage): void;
  /** The server answered for `uri`: the panel is titled after it. */
  answered(uri: string): void;
  /** A new picture is up. */
  drew(shown: Shown): void;
}

export class RefreshLane implements vscode.Disposable {
  /** The picture on the panel, or undefined when a notice stands instead of one. */
  shown: Shown | undefined;
  readonly layout: LayoutClient;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private burstStart: number | undefined;
  /** Bumped by every refresh: an answer for an older one is dropped (newest wins). */
  private generation = 0;

  constructor(
    private readonly host: LaneHost, private readonly client: BaseLanguageClient, spawnLayout: SpawnLayoutWorker,
    private readonly collapse: CollapseState, private readonly selection: SelectionState, private readonly output?: vscode.LogOutputChannel,
  ) {
    this.layout = new LayoutClient(spawnLayout);
  }

  /** Batches a typing burst: waits for a quiet period, but never longer than a few periods in total. */
  schedule(): void {
    const { debounceMs } = previewSettings();
    const now = Date.now();
    this.burstStart ??= now;
    const delay = batchDelay(now, this.burstStart, debounceMs);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refreshNow(), delay);
  }

  refreshNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.burstStart = undefined;
    void this.refresh().catch((error: unknown) => {
      if (error instanceof Superseded) return;
      // A failed layout or request leaves the last picture up and says why, rather than a dead panel.
      const text = error instanceof Error ? error.message : String(error);
      this.output?.error(`sysd preview: ${text}`);
      this.host.post({ type: 'banner', text: `The diagram could not be updated: ${text}` });
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

  /** The newest diagram of a document from the language server: the whole design, or the view or flow `choice`. */
  async diagramOf(uri: string, choice?: DiagramChoice): Promise<DiagramResult | undefined> {
    await this.running();
    const params: DiagramParams = { uri, ...(choice ? { [choice.kind]: choice.id } : {}) };
    return (await this.client.sendRequest<DiagramResult | null>(DIAGRAM_REQUEST, params)) ?? undefined;
  }

  private async refresh(): Promise<void> {
    const uri = this.host.uri;
    if (!uri) return;
    const generation = ++this.generation;
    await this.host.ready;
    const result = await this.diagramOf(uri, this.selection.get(uri));
    if (generation !== this.generation || !this.host.uri) return;
    if (!result) {
      this.host.post({ type: 'message', uri, version: -1, text: 'Open a .sysd file to see its diagram.' });
      return;
    }
    this.host.answered(uri);
    const first = result.syntaxErrors[0];
    const banner = first
      ? `${result.syntaxErrors.length} syntax error${result.syntaxErrors.length === 1 ? '' : 's'} (line ${first.line + 1}: ${first.message})${this.shown?.uri === uri ? ' — showing the last good diagram' : ''}`
      : undefined;
    // A design with syntax errors keeps its last good picture; only the banner changes.
    if (first && this.shown?.uri === uri) {
      this.host.post({ type: 'banner', text: banner });
      return;
    }
    const { direction, maxNodes } = previewSettings(uri);
    // Until the user collapses or expands a group, a design too big to lay out live opens as an overview.
    // A view collapses its own groups (in the server's diagram); the file's collapse choices are the whole design's.
    let collapsed = result.shows?.kind === 'view' ? [] : this.collapse.get(uri);
    const tooBig = collapsed === undefined && diagramSize(result.diagram) > maxNodes;
    if (tooBig) collapsed = outermostGroups(result.diagram);
    const notice = sizeNotice(result.diagram, maxNodes, collapsed ? collapseGroups(result.diagram, collapsed) : result.diagram);
    if (notice) {
      this.shown = undefined;
      this.host.post({ type: 'message', uri, version: result.version, text: notice });
      return;
    }
    const size = result.diagram.nodes.length + result.diagram.groups.length;
    const started = Date.now();
    const viewport = this.host.viewport;
    const rendered = await this.layout.render(result.diagram, {
      direction, theme: 'none', startHint: true, ...(viewport ? { viewport } : {}), ...(collapsed ? { collapsed } : {}),
    });
    if (generation !== this.generation || !this.host.uri) return;
    this.output?.trace(`sysd preview: ${size} components and groups ${rendered.layoutReused ? 'redrawn on the previous layout' : 'laid out and drawn'} in ${Date.now() - started} ms`);
    const drawn = collapseGroups(result.diagram, rendered.collapsed);
    const sources = new Set([...result.diagram.nodes, ...result.diagram.groups].map((e) => e.source.uri));
    const overview = rendered.overview || tooBig;
    this.shown = { uri, version: result.version, diagram: drawn, design: result.diagram, sources, collapsed: rendered.collapsed, overview, ...(result.shows ? { shows: result.shows } : {}) };
    this.host.post({
      type: 'diagram', uri, version: result.version, svg: rendered.svg, cards: cardsOf(drawn), ...(banner ? { banner } : {}),
      view: { direction: rendered.direction, collapsed: rendered.collapsed.length, overview },
      picker: { views: result.views, flows: result.flows, selected: result.shows ? `${result.shows.kind}:${result.shows.id}` : '' },
    });
    this.host.drew(this.shown);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.layout.dispose();
  }
}
