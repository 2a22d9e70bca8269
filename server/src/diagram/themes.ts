// Colour palettes (fixed light/dark/high-contrast for files, VS Code theme variables for the preview) and the CSS they become.
import { perKind } from '../language/kinds';
import type { Category } from '../language/kinds/types';

export type ThemeName = 'light' | 'dark' | 'high-contrast';

export type { Category } from '../language/kinds/types';

export const CATEGORY_OF = perKind((kind) => kind.diagram.category);

export interface Palette {
  background: string;
  foreground: string;
  muted: string;
  nodeFill: string;
  groupFill: string;
  groupStroke: string;
  edge: string;
  badgeFill: string;
  badgeText: string;
  labelFill: string;
  findingText: string;
  strokeWidth: number;
  accents: Record<Category, string>;
  findings: Record<'error' | 'warning' | 'info' | 'hint', string>;
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    background: '#ffffff', foreground: '#1f2328', muted: '#59636e', nodeFill: '#f6f8fa', groupFill: '#f6f8fa80',
    groupStroke: '#afb8c1', edge: '#57606a', badgeFill: '#e7ebef', badgeText: '#1f2328', labelFill: '#ffffff', findingText: '#ffffff',
    strokeWidth: 1.5,
    accents: { client: '#0969da', edge: '#8250df', compute: '#1a7f37', data: '#bc4c00', messaging: '#bf3989', external: '#6e7781' },
    findings: { error: '#cf222e', warning: '#bf8700', info: '#0969da', hint: '#6e7781' },
  },
  dark: {
    background: '#0d1117', foreground: '#e6edf3', muted: '#9198a1', nodeFill: '#161b22', groupFill: '#161b2280',
    groupStroke: '#3d444d', edge: '#9198a1', badgeFill: '#262c36', badgeText: '#e6edf3', labelFill: '#0d1117', findingText: '#0d1117',
    strokeWidth: 1.5,
    accents: { client: '#4493f8', edge: '#ab7df8', compute: '#3fb950', data: '#f0883e', messaging: '#db61a2', external: '#9198a1' },
    findings: { error: '#f85149', warning: '#d29922', info: '#4493f8', hint: '#9198a1' },
  },
  'high-contrast': {
    background: '#000000', foreground: '#ffffff', muted: '#ffffff', nodeFill: '#000000', groupFill: '#000000',
    groupStroke: '#ffffff', edge: '#ffffff', badgeFill: '#000000', badgeText: '#ffffff', labelFill: '#000000', findingText: '#000000',
    strokeWidth: 2,
    accents: { client: '#6fc3df', edge: '#c586c0', compute: '#89d185', data: '#f38518', messaging: '#ff8ad8', external: '#ffffff' },
    findings: { error: '#ff6b6b', warning: '#ffd700', info: '#6fc3df', hint: '#ffffff' },
  },
};

/**
 * The preview follows the editor's theme live through VS Code's CSS variables (fallbacks are the light palette).
 * Messaging takes the terminal's magenta, not the charts' red, so a queue never reads as an error.
 */
export const VSCODE_PALETTE: Palette = {
  background: 'var(--vscode-editor-background, #ffffff)',
  foreground: 'var(--vscode-editor-foreground, #1f2328)',
  muted: 'var(--vscode-descriptionForeground, #59636e)',
  nodeFill: 'var(--vscode-editorWidget-background, #f6f8fa)',
  groupFill: 'var(--vscode-sideBar-background, transparent)',
  groupStroke: 'var(--vscode-editorWidget-border, var(--vscode-contrastBorder, #afb8c1))',
  edge: 'var(--vscode-editorLineNumber-foreground, #57606a)',
  badgeFill: 'var(--vscode-badge-background, #e7ebef)',
  badgeText: 'var(--vscode-badge-foreground, #1f2328)',
  labelFill: 'var(--vscode-editor-background, #ffffff)',
  findingText: 'var(--vscode-editor-background, #ffffff)',
  strokeWidth: 1.5,
  accents: {
    client: 'var(--vscode-charts-blue, #0969da)', edge: 'var(--vscode-charts-purple, #8250df)',
    compute: 'var(--vscode-charts-green, #1a7f37)', data: 'var(--vscode-charts-orange, #bc4c00)',
    messaging: 'var(--vscode-terminal-ansiMagenta, #bf3989)', external: 'var(--vscode-disabledForeground, #6e7781)',
  },
  findings: {
    error: 'var(--vscode-editorError-foreground, #cf222e)', warning: 'var(--vscode-editorWarning-foreground, #bf8700)',
    info: 'var(--vscode-editorInfo-foreground, #0969da)', hint: 'var(--vscode-editorHint-foreground, #6e7781)',
  },
};

/**
 * Single-class selectors only, so renderers with small CSS engines (resvg) read them the same as browsers.
 * `scope` prefixes every rule, for pictures embedded in a page with its own classes (the Markdown preview).
 */
export function themeCss(p: Palette, scope?: string): string {
  const rules: string[] = [
    `.bg{fill:${p.background}}`,
    `.title{fill:${p.foreground};font-weight:700}`,
    `.shape{fill:${p.nodeFill};stroke-width:${p.strokeWidth}}`,
    `.shape-detail{fill:none;stroke-width:${p.strokeWidth}}`,
    `.icon{fill:none;stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}`,
    `.mark{fill:${p.muted}}`,
    `.label{fill:${p.foreground};font-weight:700}`,
    `.sub{fill:${p.muted}}`,
    `.badge{fill:${p.badgeFill}}`,
    `.badge-text{fill:${p.badgeText}}`,
    `.group-box{fill:${p.groupFill};stroke:${p.groupStroke};stroke-width:${p.strokeWidth};stroke-dasharray:6 4}`,
    `.group-title{fill:${p.muted};font-weight:700}`,
    `.collapsed>.group-box{stroke-dasharray:none}`,
    `.collapsed>.group-stack{fill:none}`,
    `.edge-line{fill:none;stroke:${p.edge};stroke-width:${p.strokeWidth}}`,
    `.edge-async{stroke-dasharray:7 5}`,
    `.edge-hit{fill:none;stroke:#000;stroke-opacity:0;stroke-width:12}`,
    `.arrowhead{fill:${p.edge}}`,
    `.edge-label-bg{fill:${p.labelFill};fill-opacity:0.92}`,
    `.edge-label{fill:${p.muted}}`,
    `.finding-text{fill:${p.findingText};font-weight:700}`,
  ];
  for (const [category, colour] of Object.entries(p.accents)) {
    rules.push(`.cat-${category}{stroke:${colour}}`);
  }
  for (const [severity, colour] of Object.entries(p.findings)) {
    rules.push(`.finding-${severity}{fill:${colour}}`);
  }
  return (scope ? rules.map((rule) => `${scope} ${rule}`) : rules).join('\n');
}

/** Whether a picture shows a flow (then it needs the flow's styles; other pictures keep their CSS as it was). */
export function showsFlow(diagram: { nodes: ReadonlyArray<{ dimmed?: boolean }>; edges: ReadonlyArray<{ dimmed?: boolean; steps?: unknown[] }> }): boolean {
  return diagram.edges.some((e) => e.dimmed || e.steps) || diagram.nodes.some((n) => n.dimmed);
}

/** A flow's path: the rest faint, its connections bold in the accent of a client (where requests start), numbered. */
export function flowCss(p: Palette, scope?: string): string {
  const rules = [
    '.dimmed{opacity:0.3}',
    `.on-flow>.edge-line{stroke:${p.accents.client};stroke-width:${p.strokeWidth + 1.5}}`,
    `.step-circle{fill:${p.accents.client};stroke:${p.background};stroke-width:1.5}`,
    `.step-text{fill:${p.background};font-weight:700}`,
  ];
  return (scope ? rules.map((rule) => `${scope} ${rule}`) : rules).join('\n');
}
