// The messages between the preview panel (extension host) and its webview, with zod schemas for what the webview sends.
import { z } from 'zod';

import type { Card } from '../../../server/src/diagram/cards';
import type { PickerEntry } from '../../../server/src/protocol/requests';
import { choiceSchema } from './selectionState';
import type { Overlay } from '../../../server/src/diagram/impactOverlay';

/** The hover card of a node, group or connection (built in diagram/, drawn by the webview as text only). */
export type { Card };

/** How the picture is shown: the toolbar says when it is an overview and offers to expand everything. */
export interface ViewState {
  direction: 'right' | 'down';
  /** Groups drawn collapsed. */
  collapsed: number;
  /** The outermost groups were collapsed because the whole design would not be readable in the panel. */
  overview: boolean;
}

/** The toolbar's picker: every view and flow, and what is drawn (`view:ID`, `flow:ID`, or '' for the whole design). */
export interface Picker {
  views: PickerEntry[];
  flows: PickerEntry[];
  selected: string;
}

export type HostMessage =
  | {
    type: 'diagram';
    uri: string;
    version: number;
    /** Produced by the shared renderer: every user string in it is escaped. */
    svg: string;
    /** Keyed `node:ID`, `group:ID`, `edge:ID`. */
    cards: Record<string, Card>;
    banner?: string;
    view: ViewState;
    picker: Picker;
  }
  | { type: 'banner'; text?: string }
  | { type: 'message'; uri: string; version: number; text: string }
  | { type: 'highlight'; key?: string }
  /** The failure overlay and single-point-of-failure marks to lay over the picture (none: the normal picture). */
  | { type: 'overlay'; overlay?: Overlay; spof: boolean }
  | { type: 'rasterise'; requestId: number; svg: string; width: number; height: number; scale: number };

const id = z.string().min(1).max(400);
const ids = z.array(id).max(100_000);

const overlayReport = z.object({
  failed: ids, unreachable: ids, partial: ids, stalled: ids,
  /** Elements that carry a SPOF badge. */
  spof: ids,
  /** How many edges are drawn cut. */
  cut: z.number().int().min(0),
  /** The failure banner's text, and the single-points list's, when shown. */
  failure: z.string().max(20_000).optional(),
  spofList: z.string().max(20_000).optional(),
});

export type OverlayReport = z.infer<typeof overlayReport>;

export const webviewMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** The size of the panel's drawing area in CSS px: the picture is laid out for it. */
  z.object({ type: z.literal('viewport'), width: z.number().finite().min(1).max(100_000), height: z.number().finite().min(1).max(100_000) }),
  /** A click on a group's title (or on a collapsed group): collapse or expand it. */
  z.object({ type: z.literal('toggleGroup'), id }),
  z.object({ type: z.literal('expandAll') }),
  z.object({
    type: z.literal('rendered'),
    uri: z.string().max(4000),
    version: z.number().int(),
    nodes: z.array(id).max(100_000),
    edges: z.array(z.string().max(1000)).max(100_000),
    /** The text shown instead of a diagram (e.g. the size notice), when there is one. */
    notice: z.string().max(4000).optional(),
  }),
  /** A click on a node, group, connection or a flow's numbered step (`flow#n`): select it in the text. */
  z.object({ type: z.literal('reveal'), kind: z.enum(['node', 'group', 'edge', 'step']), id }),
  /** The picker: a view or flow to draw, or null for the whole design. */
  z.object({ type: z.literal('pick'), choice: choiceSchema.nullable() }),
  z.object({ type: z.literal('finding'), owner: id }),
  z.object({ type: z.literal('png'), requestId: z.number().int(), dataUrl: z.string().startsWith('data:image/png;base64,').max(200_000_000) }),
  z.object({ type: z.literal('pngError'), requestId: z.number().int(), message: z.string().max(2000) }),
  z.object({ type: z.literal('error'), message: z.string().max(4000) }),
  /** Escape or "Back to the design": the failure overlay goes. */
  z.object({ type: z.literal('clearFailure') }),
  /** The toolbar's "Single points of failure" toggle. */
  z.object({ type: z.literal('toggleSpof') }),
  /** What the webview drew of the overlay, read back from its DOM (the `sysd.preview.state` command returns it). */
  z.object({ type: z.literal('overlayShown'), ...overlayReport.shape }),
]);

export type WebviewMessage = z.infer<typeof webviewMessage>;

/** What the webview reported after it last drew a diagram (the `sysd.preview.state` command returns it). */
export interface PreviewState {
  uri: string;
  version: number;
  nodes: string[];
  edges: string[];
  /** The notice shown instead of a diagram (a design over sysd.preview.maxNodes, no design open). */
  notice?: string;
  /** The failure overlay or single-point-of-failure marks drawn over the picture, when any. */
  overlay?: OverlayReport;
}
