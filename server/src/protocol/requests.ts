// The custom requests between the sysd client and language server: each name and its params and result, declared once.
// Plain data only: the client, the desktop and browser servers and the webview bundles all import this module.
import type { Diagram } from '../diagram/model';
import type { WhatIf } from '../diagram/impactOverlay';

/** Client → server: the diagram model of a document's current version, for the preview to lay out and draw. */
export const DIAGRAM_REQUEST = 'sysd/diagram';

export interface DiagramParams {
  uri: string;
  /** Draw this view (by ID) instead of the whole design. */
  view?: string;
  /** Draw this flow (by ID): the whole design with its steps numbered. */
  flow?: string;
}

/** A view or flow the preview's picker offers. */
export interface PickerEntry {
  id: string;
  label?: string;
}

/** What a picture shows: a view or a flow; absent, the whole design. */
export interface DiagramChoice {
  kind: 'view' | 'flow';
  id: string;
}

/** The answer to `DIAGRAM_REQUEST`, or null when the document is not open. */
export interface DiagramResult {
  uri: string;
  /** The document version the diagram was made from (the newest the server has). */
  version: number;
  diagram: Diagram;
  /** What `diagram` shows: the view or flow asked for; absent, the whole design (also when the design has no such view or flow). */
  shows?: DiagramChoice;
  /** Every view and flow of the design, in declaration order, for the picker. */
  views: PickerEntry[];
  flows: PickerEntry[];
  /** Syntax errors in the design's files: the preview keeps its last good picture while there are any. */
  syntaxErrors: Array<{ uri: string; line: number; message: string }>;
}

/**
 * Server → client: `{ uri }` → `{ text }`, or null when there is no such file (or it cannot be read). The browser server
 * has no file system, and the desktop server reads a virtual workspace through the editor.
 */
export const READ_FILE_REQUEST = 'sysd/readFile';

export interface ReadFileParams {
  uri: string;
}

export interface ReadFileResult {
  text: string;
}

/** Server → client: no params → the URIs of every .sysd file in the workspace (for import-path completion). */
export const LIST_DESIGNS_REQUEST = 'sysd/listDesigns';

/**
 * Client → server: what stops working with the components or groups `fail` down (a group: all its members), and the
 * design's single points of failure (all the answer holds when `fail` is empty). Null when the document is not open.
 */
export const IMPACT_REQUEST = 'sysd/impact';

export interface ImpactParams {
  uri: string;
  fail: string[];
}

export interface ImpactResult extends WhatIf {
  uri: string;
  /** The document version the answer was made from. */
  version: number;
}

/** Every custom request name, for the check that no other file spells one out. */
export const REQUEST_NAMES: readonly string[] = [DIAGRAM_REQUEST, READ_FILE_REQUEST, LIST_DESIGNS_REQUEST, IMPACT_REQUEST];
