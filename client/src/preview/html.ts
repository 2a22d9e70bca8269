// The preview webview's HTML: strict CSP with a nonce, resources (script, styles, the diagram font) only from the extension.
import * as vscode from 'vscode';
import { DIAGRAM_FONT, DIAGRAM_FONT_FILES } from '../../../server/src/diagram/font';
import { flowCss, themeCss, VSCODE_PALETTE } from '../../../server/src/diagram/themes';

export function localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return ['media', 'dist/webview', 'dist/fonts'].map((folder) => vscode.Uri.joinPath(extensionUri, ...folder.split('/')));
}

/**
 * The diagram font (FONT_FAMILY names it first), shipped in dist/fonts: the preview draws text in the font whose widths
 * the layout measured, as `sysd render` does, instead of whatever the machine has.
 */
function diagramFontCss(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  return DIAGRAM_FONT_FILES.map(({ file, weight }) => {
    const url = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'fonts', file));
    return `@font-face { font-family: ${DIAGRAM_FONT}; font-weight: ${weight}; font-style: normal; src: url("${url}") format("truetype"); }`;
  }).join('\n');
}

/** 18 random bytes as letters and digits (Web Crypto: the same in node and in the browser's extension host). */
function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/[^A-Za-z0-9]/g, '');
}

export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = newNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'preview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css'));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} blob: data:`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<style nonce="${nonce}">
${diagramFontCss(webview, extensionUri)}
${themeCss(VSCODE_PALETTE)}
${flowCss(VSCODE_PALETTE)}
</style>
<title>sysd preview</title>
</head>
<body data-vscode-context='{"preventDefaultContextMenuItems":true}'>
<div id="toolbar" role="toolbar" aria-label="Diagram view">
  <select id="picker" title="What the preview draws: the whole design, a view or a flow" aria-label="Show" hidden></select>
  <button id="zoom-out" title="Zoom out (-)" aria-label="Zoom out">−</button>
  <button id="zoom-in" title="Zoom in (+)" aria-label="Zoom in">+</button>
  <button id="zoom-fit" title="Fit to view (0)" aria-label="Fit to view">Fit</button>
  <button id="zoom-reset" title="Actual size (1)" aria-label="Actual size">1:1</button>
  <span id="zoom-level" aria-live="polite"></span>
  <span id="view-state" aria-live="polite" hidden></span>
  <button id="expand-all" title="Expand every collapsed group" hidden>Expand all</button>
  <button id="spof-toggle" title="Single points of failure: mark every one" aria-label="Single points of failure" aria-pressed="false">SPOF</button>
</div>
<div id="overlay-panels">
  <div id="failure" class="overlay-panel" role="status" hidden>
    <div class="overlay-head"><strong class="overlay-title"></strong><button id="back-to-design" title="Back to the design (Escape)">Back to the design</button></div>
    <ul></ul>
  </div>
  <div id="spof-list" class="overlay-panel" role="status" hidden><strong class="overlay-title"></strong><ul></ul></div>
</div>
<div id="banner" role="status" hidden></div>
<div id="message" role="status" hidden></div>
<div id="canvas" tabindex="0" aria-label="Diagram: drag to pan, wheel to zoom, +/- to zoom, 0 to fit, arrows to pan"><div id="content"></div></div>
<div id="tooltip" role="tooltip" hidden></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
