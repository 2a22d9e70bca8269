// What one component kind is, in one place: every per-kind table in the language, diagram, exports and editor derives from these.
import type { ValueSpec } from './specs';

/** Kinds share an accent by role, so the picture reads as clients → edge → compute → data/messaging. */
export type Category = 'client' | 'edge' | 'compute' | 'data' | 'messaging' | 'external';

/** Extra room a kind's outline needs around the text (cylinder lids, stacked sheets, cloud bumps). */
export interface Insets { top: number; right: number; bottom: number; left: number }

/** LSP's SymbolKind by name, so the core stays free of the protocol (lsp/ maps the name to the number). */
export type SymbolName = 'Interface' | 'Module' | 'Operator' | 'Class' | 'Method' | 'Function' | 'Struct' | 'Field'
  | 'Event' | 'File' | 'Key' | 'Package' | 'Namespace' | 'Object' | 'Constant' | 'Variable' | 'Property' | 'EnumMember';

export interface KindDoc {
  /** Short human name of the kind, e.g. "Load balancer". */
  title: string;
  /** One sentence, for completion details and compact hovers. */
  summary: string;
  /** The full hover: purpose, when to use it, patterns, trade-offs, and the key sysd properties. */
  markdown: string;
}

/** A completion snippet that declares the kind with the properties the best-practice rules look for. */
export interface Recipe {
  /** The ID to start from (`api`, then `api2` when taken). */
  id: string;
  label: string;
  /** Property lines; `${n:…}` placeholders are numbered from 3 (1 and 2 are the ID and the label). */
  properties: string[];
  /** Extra declarations after the component; `$1` repeats its ID. */
  extra?: string[];
  /** Why these properties, shown in the completion's documentation. */
  why: string;
}

/**
 * Roles the best-practice rules give kinds (the rules still spell their sets out; wave 2 reads them from here):
 * `backend` holds data or messages a client must never reach directly (client-bypasses-backend);
 * `entry` is where a rate limit belongs on the first hop behind a client (missing-rate-limit);
 * `relay` passes a client's request on towards the services (under-provisioned follows it).
 */
export type Trait = 'backend' | 'entry' | 'relay';

export interface KindDescriptor<Name extends string = string> {
  /** The keyword that declares it. */
  name: Name;
  /** Its own properties (the common ones, `description`, `tags`, `availability`, …, are added by schema.ts). */
  properties: Readonly<Record<string, ValueSpec>>;
  /** Pairs of properties that say the same thing (`sla` and `availability`): setting both is a `duplicate-property`. */
  synonyms?: ReadonlyArray<readonly [string, string]>;
  doc: KindDoc;
  diagram: {
    category: Category;
    insets: Insets;
    /** The outline in the node's own coordinates; `shape` and `detail` are the attributes for the fill and extra strokes. */
    outline(w: number, h: number, shape: string, detail: string): string;
    /** A 20×20 line icon; clients pick theirs by `type`. */
    icon(clientType?: string): string;
  };
  symbol: SymbolName;
  traits?: readonly Trait[];
  snippet: Recipe;
  /** Mermaid shape brackets [open, close], and fill and stroke so kinds sharing a shape still differ. */
  mermaid: { shape: [string, string]; colors: [string, string] };
  /** The D2 shape (https://d2lang.com/tour/shapes). */
  d2: string;
}
