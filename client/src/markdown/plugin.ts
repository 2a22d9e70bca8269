// The markdown-it plugin VS Code's Markdown preview loads: ```sysd fences drawn as the sysd preview's SVG.
import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { themeCss, VSCODE_PALETTE } from '../../../server/src/diagram/themes';
import type { FenceDrawing, FenceDrawings } from './fences';

/**
 * The Markdown preview is a webview with the editor's theme variables, so the fence takes the sysd preview's palette;
 * scoped to the fence, because the page's own classes (`.label`, `.title`) must not be restyled.
 */
const FENCE_CSS = [
  themeCss(VSCODE_PALETTE, '.sysd-fence'),
  '.sysd-fence svg{max-width:100%;height:auto}',
  '.sysd-fence-error{border-left:3px solid var(--vscode-editorError-foreground, #cf222e);padding:0 12px}',
].join('\n');

function isSysdFence(token: Token): boolean {
  return token.info.trim().split(/\s+/)[0] === 'sysd';
}

function body(drawing: FenceDrawing | undefined, source: string, escape: (text: string) => string): { state: string; html: string } {
  if (!drawing) return { state: 'drawing', html: `<p><em>Drawing the sysd diagram…</em></p><pre><code>${escape(source)}</code></pre>` };
  if ('svg' in drawing) return { state: 'diagram', html: `<style>${FENCE_CSS}</style>${drawing.svg}` };
  const count = drawing.errors.length;
  const title = `${count} error${count === 1 ? '' : 's'} in this sysd design`;
  return { state: 'error', html: `<p><strong>${escape(title)}</strong></p><pre><code>${escape(drawing.errors.join('\n'))}</code></pre>` };
}

/** Registers the fence renderer; other fences go to the renderer that was there before. */
export function sysdMarkdownIt(md: MarkdownIt, drawings: FenceDrawings): MarkdownIt {
  const previous = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index];
    if (!isSysdFence(token)) return previous ? previous(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    const { state, html } = body(drawings.get(token.content), token.content, md.utils.escapeHtml);
    // The token's own attributes carry the preview's scroll-sync line (`data-line`, class `code-line`).
    token.attrJoin('class', `sysd-fence${state === 'error' ? ' sysd-fence-error' : ''}`);
    token.attrSet('data-sysd-fence', state);
    return `<div${self.renderAttrs(token)}>${html}</div>\n`;
  };
  return md;
}
