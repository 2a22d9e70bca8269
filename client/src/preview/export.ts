// Exporting the preview's picture: SVG from the layout worker in a fixed palette, PNG rasterised by the webview's canvas.
import * as vscode from 'vscode';
import type { ThemeName } from '../../../server/src/diagram/themes';
import type { HostMessage } from './messages';
import type { RefreshLane } from './refreshLane';
import { previewSettings } from './settings';

/** The fixed palette closest to the editor's theme, for exported files (which cannot read VS Code's variables). */
export function exportTheme(): ThemeName {
  switch (vscode.window.activeColorTheme.kind) {
    case vscode.ColorThemeKind.Dark: return 'dark';
    case vscode.ColorThemeKind.HighContrast: return 'high-contrast';
    default: return 'light';
  }
}

/** What export needs of the panel: a webview to rasterise in. */
export interface RasterHost {
  /** Opens the preview on `uri` if no panel is open, and resolves once its webview listens. */
  listening(uri: vscode.Uri): Promise<void>;
  post(message: HostMessage): void;
}

export class Exporter {
  private nextRasterId = 1;
  private readonly rasters = new Map<number, { resolve(data: Uint8Array): void; reject(error: Error): void }>();

  constructor(private readonly lane: RefreshLane, private readonly host: RasterHost) {}

  /** The export SVG of a document: the preview's picture in the fixed palette closest to the editor's theme. */
  async svg(uri: vscode.Uri): Promise<{ svg: string; width: number; height: number }> {
    const result = await this.lane.diagramOf(uri.toString());
    if (!result) throw new Error(`${uri.fsPath} is not open as a sysd document.`);
    // Exports draw the whole design, flowing right unless the setting says down (a file has no panel to follow).
    const direction = previewSettings(uri.toString()).direction === 'down' ? 'down' : 'right';
    return this.lane.layout.render(result.diagram, { direction, theme: exportTheme() }, 'export');
  }

  /** PNG bytes, rasterised by the webview's canvas (no native module in the extension): opens the preview if needed. */
  async png(uri: vscode.Uri, scale = 2): Promise<Uint8Array> {
    const { svg, width, height } = await this.svg(uri);
    await this.host.listening(uri);
    const requestId = this.nextRasterId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.rasters.delete(requestId); reject(new Error('the preview did not rasterise the diagram in time')); }, 30_000);
      this.rasters.set(requestId, {
        resolve: (data) => { clearTimeout(timer); resolve(data); },
        reject: (error) => { clearTimeout(timer); reject(error); },
      });
      this.host.post({ type: 'rasterise', requestId, svg, width, height, scale });
    });
  }

  /** The webview's answer to a `rasterise` message: the PNG as a data URL, or why it failed. */
  rasterised(requestId: number, answer: { dataUrl: string } | { error: string }): void {
    const raster = this.rasters.get(requestId);
    this.rasters.delete(requestId);
    if ('error' in answer) raster?.reject(new Error(answer.error));
    else raster?.resolve(base64Bytes(answer.dataUrl.slice('data:image/png;base64,'.length)));
  }

  /** The panel closed: no answer will come. */
  closed(): void {
    for (const raster of this.rasters.values()) raster.reject(new Error('the preview was closed'));
    this.rasters.clear();
  }
}

/** Decodes base64 with what node and the browser's extension host both have (no Buffer in the browser). */
function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
