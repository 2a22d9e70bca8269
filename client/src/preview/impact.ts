// The preview's "what if it fails?" state for one panel: the failure shown, the single-points toggle, and the overlay.
import type { BaseLanguageClient } from 'vscode-languageclient';
import { overlayOf } from '../../../server/src/diagram/impactOverlay';
import { IMPACT_REQUEST, type ImpactParams, type ImpactResult } from '../../../server/src/protocol/requests';
import type { HostMessage } from './messages';
import type { Shown } from './refreshLane';

export interface ImpactHost {
  /** The picture on the panel, once one is drawn. */
  readonly shown: Shown | undefined;
  post(message: HostMessage): void;
}

export class ImpactOverlay {
  /** The components or groups shown failed, and the design they belong to. */
  private failing: { uri: string; ids: string[] } | undefined;
  /** Kept for the panel's life, across designs and redraws. */
  private spof = false;
  /** Bumped by every request: an answer for an older one is dropped (newest wins). */
  private generation = 0;

  constructor(private readonly client: BaseLanguageClient, private readonly host: ImpactHost, private readonly onError: (text: string) => void) {}

  /** Shows `ids` failed on the picture of `uri`. */
  fail(uri: string, ids: string[]): Promise<void> {
    this.failing = { uri, ids };
    return this.update();
  }

  clearFailure(): Promise<void> {
    this.failing = undefined;
    return this.update();
  }

  toggleSpof(): Promise<void> {
    this.spof = !this.spof;
    return this.update();
  }

  /** The panel closed: a new one starts with the normal picture. */
  reset(): void {
    this.failing = undefined;
    this.spof = false;
    this.generation++;
  }

  /** A new picture is up: the overlay follows the new version, and a failure of another design is dropped. */
  redrawn(shown: Shown): Promise<void> {
    if (this.failing && this.failing.uri !== shown.uri) this.failing = undefined;
    return this.failing || this.spof ? this.update() : Promise.resolve();
  }

  /** Asks the server about the picture on the panel and sends the webview what to lay over it. */
  async update(): Promise<void> {
    const generation = ++this.generation;
    const shown = this.host.shown;
    const failing = this.failing && shown?.uri === this.failing.uri ? this.failing.ids : undefined;
    if (!shown || (!failing && !this.spof)) {
      this.host.post({ type: 'overlay', spof: this.spof });
      return;
    }
    try {
      const result = await this.client.sendRequest<ImpactResult | null>(IMPACT_REQUEST, { uri: shown.uri, fail: failing ?? [] } satisfies ImpactParams);
      if (generation !== this.generation || !result) return;
      if (failing && result.unknown.length > 0) this.onError(`the design declares no ${result.unknown.map((id) => `'${id}'`).join(', ')}`);
      const overlay = overlayOf(shown.diagram, shown.design, result, { spof: this.spof, ...(failing && result.impact ? { failing } : {}) });
      this.host.post({ type: 'overlay', overlay, spof: this.spof });
    } catch (error) {
      if (generation === this.generation) this.onError(error instanceof Error ? error.message : String(error));
    }
  }
}
