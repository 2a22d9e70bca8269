// The ```sysd fences of VS Code's Markdown preview: analysed in the extension host, laid out in their own worker, refreshed when drawn.
import * as vscode from 'vscode';
import { fenceDesign } from '../../../server/src/diagram/fence';
import { LayoutClient, type SpawnLayoutWorker } from '../preview/layoutClient';
import { FenceDrawings } from './fences';

/** Drawings that finish together (a README with several fences) cost one refresh of the preview. */
const REFRESH_DELAY_MS = 50;

export function markdownFenceDrawings(context: vscode.ExtensionContext, spawnLayout: SpawnLayoutWorker): FenceDrawings {
  const layout = new LayoutClient(spawnLayout);
  let timer: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push({ dispose: () => { clearTimeout(timer); layout.dispose(); } });
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void vscode.commands.executeCommand('markdown.preview.refresh'), REFRESH_DELAY_MS);
  };
  return new FenceDrawings(async (text) => {
    const design = fenceDesign(text);
    if ('errors' in design) return design;
    // One lane per fence: the layout client keeps only the newest request of a lane, and each fence must be drawn.
    const { svg } = await layout.render(design.diagram, { theme: 'none', direction: 'right' }, `markdown:${text}`);
    return { svg };
  }, refresh);
}
