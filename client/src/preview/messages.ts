// The messages between the preview panel (extension host) and its webview, with zod schemas for what the webview sends.
import { z } from 'zod';

/** The hover card of a node, group or connection (built by the host, drawn by the webview as text only). */
export interface Card {
  title: string;
  subtitle: string;
  description?: string;
  facts: Array<[string, string]>;
  findings: Array<{ severity: string; message: string; code: string }>;
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
  }
  | { type: 'banner'; text?: string }
  | { type: 'message'; uri: string; version: number; text: string }
  | { type: 'highlight'; key?: string }
  | { type: 'rasterise'; requestId: number; svg: string; width: number; height: number; scale: number };

const id = z.string().min(1).max(400);

export const webviewMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('rendered'),
    uri: z.string().max(4000),
    version: z.number().int(),
    nodes: z.array(id).max(100_000),
    edges: z.array(z.string().max(1000)).max(100_000),
    /** The text shown instead of a diagram (e.g. the size notice), when there is one. */
    notice: z.string().max(4000).optional(),
  }),
  z.object({ type: z.literal('reveal'), kind: z.enum(['node', 'group', 'edge']), id }),
  z.object({ type: z.literal('finding'), owner: id }),
  z.object({ type: z.literal('png'), requestId: z.number().int(), dataUrl: z.string().startsWith('data:image/png;base64,').max(200_000_000) }),
  z.object({ type: z.literal('pngError'), requestId: z.number().int(), message: z.string().max(2000) }),
  z.object({ type: z.literal('error'), message: z.string().max(4000) }),
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
}
