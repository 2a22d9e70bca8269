// The syntax tree of a .sysd file: every node carries its exact source range.
import { KINDS, type KindName } from './kinds';

/** Zero-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Every node knows where it is: `range` for editors, `offset`/`end` for text edits. */
export interface Located {
  range: Range;
  offset: number;
  end: number;
}

/** The kind keywords come from the kind descriptors (language/kinds/). */
export const COMPONENT_KINDS: readonly ComponentKind[] = KINDS.map((kind) => kind.name);
export type ComponentKind = KindName;

export function isComponentKind(word: string): word is ComponentKind {
  return (COMPONENT_KINDS as readonly string[]).includes(word);
}

export interface Identifier extends Located {
  name: string;
}

export interface StringLiteral extends Located {
  /** The decoded text, escapes resolved. */
  value: string;
}

export type Dimension =
  | 'number' | 'duration' | 'size' | 'rate' | 'dataRate' | 'percent' | 'factor';

/**
 * A number with its unit, normalised: durations in seconds, sizes in bytes,
 * rates per second, data rates in bytes per second, percent as written (99.9), factor as written.
 */
export interface Quantity {
  dimension: Dimension;
  /** The value in the normalised unit of its dimension. */
  value: number;
  /** The text as written, e.g. `100M/day`. */
  text: string;
  /** The value before the unit was applied (`100M/day` → 100e6). */
  magnitude: number;
  /** The unit as written, e.g. `/day`, `TB`, `ms`, `%`, `x`, or '' for a plain number. */
  unit: string;
  /** True when the number had no fraction and no unit suffix other than magnitude. */
  integer: boolean;
}

export type Value =
  | QuantityValue
  | StringValue
  | IdentifierValue
  | BooleanValue
  | RangeValue
  | ListValue;

export interface QuantityValue extends Located {
  type: 'quantity';
  quantity: Quantity;
}
export interface StringValue extends Located {
  type: 'string';
  value: string;
}
export interface IdentifierValue extends Located {
  type: 'identifier';
  name: string;
}
export interface BooleanValue extends Located {
  type: 'boolean';
  value: boolean;
}
export interface RangeValue extends Located {
  type: 'range';
  min: number;
  max: number;
}
export interface ListValue extends Located {
  type: 'list';
  items: Value[];
}

export interface Property extends Located {
  name: Identifier;
  /** Missing when the parser recovered from `name:` with no value. */
  value?: Value;
}

export interface Block extends Located {
  properties: Property[];
}

export interface Annotation extends Located {
  name: Identifier;
  args: Identifier[];
  reason?: StringLiteral;
}

export interface DesignDecl extends Located {
  type: 'design';
  title?: StringLiteral;
  block?: Block;
  /** The `@allow`s before the header: they silence the design-wide findings. Outside `range`, which starts at `design`. */
  annotations: Annotation[];
}

interface StatementBase extends Located {
  annotations: Annotation[];
}

export interface ScaleBlock extends StatementBase {
  type: 'scale';
  keyword: Located;
  block: Block;
}

export interface ImportStatement extends StatementBase {
  type: 'import';
  keyword: Located;
  path?: StringLiteral;
}

export interface ComponentDecl extends StatementBase {
  type: 'component';
  kind: ComponentKind;
  kindToken: Located;
  id: Identifier;
  label?: StringLiteral;
  block?: Block;
}

export interface GroupDecl extends StatementBase {
  type: 'group';
  keyword: Located;
  id: Identifier;
  label?: StringLiteral;
  properties: Property[];
  statements: Statement[];
  /** Range of the `{ ... }` body, for folding. */
  body?: Located;
}

export type ArrowKind = 'sync' | 'async' | 'duplex';
export const ARROW_TEXT: Record<ArrowKind, string> = { sync: '->', async: '~>', duplex: '<->' };

export interface Arrow extends Located {
  kind: ArrowKind;
}

/** One `ARROW targets` step of a connection statement. */
export interface Hop {
  arrow: Arrow;
  targets: Identifier[];
}

export interface ConnectionStatement extends StatementBase {
  type: 'connection';
  source: Identifier;
  hops: Hop[];
  label?: StringLiteral;
  block?: Block;
}

/** `view ID [STRING] { … }`: a named picture of part of the design (language.md "Views"). */
export interface ViewStatement extends StatementBase {
  type: 'view';
  keyword: Located;
  id: Identifier;
  label?: StringLiteral;
  block: Block;
}

/** One `ref ARROW ref [: STRING] [block]` line of a flow. */
export interface StepDecl extends Located {
  from: Identifier;
  arrow: Arrow;
  /** Missing when the parser recovered from a step with no target. */
  to?: Identifier;
  label?: StringLiteral;
  block?: Block;
}

/** `flow ID [STRING] { properties and steps }`: one request path, in order (language.md "Flows"). */
export interface FlowStatement extends StatementBase {
  type: 'flow';
  keyword: Located;
  id: Identifier;
  label?: StringLiteral;
  properties: Property[];
  steps: StepDecl[];
  /** Range of the `{ ... }` body, for folding. */
  body?: Located;
}

export type Statement = ScaleBlock | ImportStatement | ComponentDecl | GroupDecl | ConnectionStatement | ViewStatement | FlowStatement;

export interface Comment extends Located {
  text: string;
  block: boolean;
}

export interface SyntaxError {
  message: string;
  range: Range;
}

export interface SysdFile {
  /** The first `design` header, wherever it stands (so a misplaced one still titles the design). */
  design?: DesignDecl;
  /** The first statement other than an import that stands before the header: the header belongs above it. */
  statementBeforeDesign?: Statement;
  /** Extra `design` headers after the first, kept so they can be reported. */
  extraDesigns: DesignDecl[];
  statements: Statement[];
  comments: Comment[];
  errors: SyntaxError[];
}
