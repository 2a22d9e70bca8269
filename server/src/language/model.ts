// The resolved model: symbol table across imported files, references, the connection graph, schema errors.
import type {
  Annotation, Arrow, ArrowKind, ComponentDecl, ComponentKind, ConnectionStatement, DesignDecl, FlowStatement, GroupDecl, Identifier,
  ImportStatement, Property, Range, ScaleBlock, Statement, StepDecl, SysdFile, Value, ViewStatement,
} from './ast';
import { isComponentKind } from './ast';
import { nonAsciiIds } from './asciiIds';
import { severityOf, type CoreCodeId } from './codes';
import { compareDiagnostics, type Diagnostic, type RelatedInformation } from './diagnostics';
import { parse } from './parser';
import { matchStep } from './flows';
import { numberOf, valueOf, wordOf } from './properties';
import { checkValue, propertiesOf, referenceAccepts, referenceTargets, synonymOf, valueWord, type Owner, type ValueSpec } from './schema';
import { closest } from './suggest';
import type { ViewQuery } from './views';

export type PropertyMap = Map<string, Property>;

interface ElementBase {
  id: string;
  label?: string;
  uri: string;
  /** The ID token of the declaration. */
  idRange: Range;
  /** The group this element is declared in, if any. */
  group?: Group;
  properties: PropertyMap;
  annotations: Annotation[];
  incoming: Connection[];
  outgoing: Connection[];
}

export interface Component extends ElementBase {
  type: 'component';
  kind: ComponentKind;
  decl: ComponentDecl;
}

export interface Group extends ElementBase {
  type: 'group';
  decl: GroupDecl;
  /** Components and groups declared directly inside. */
  members: Element[];
}

export type Element = Component | Group;

export interface Connection {
  /** Stable across edits that move lines: see `connectionId`. */
  id: string;
  from: Element;
  to: Element;
  kind: ArrowKind;
  arrow: Arrow;
  fromRef: Identifier;
  toRef: Identifier;
  uri: string;
  statement: ConnectionStatement;
  /** The group whose body holds the statement, for `@allow` inheritance. */
  group?: Group;
  label?: string;
  properties: PropertyMap;
  annotations: Annotation[];
}

/**
 * The id of the next connection between two elements: `from->to`, then `from->to#2`, `#3`… for repeats of the pair
 * in source order, so it survives edits that move lines (the diagram's edge ids, fixes and findings all use it).
 */
export function connectionId(from: string, to: string, occurrence: number): string {
  const pair = `${from}->${to}`;
  return occurrence === 1 ? pair : `${pair}#${occurrence}`;
}

/** The `from->to` pair a connection id names, without its repeat number. */
export function connectionPair(id: string): string {
  const hash = id.indexOf('#');
  return hash === -1 ? id : id.slice(0, hash);
}

/** A `view` (language.md "Views"): its selection resolved; what it shows is `viewContent(model, view.query)`. */
export interface View {
  type: 'view';
  /** The view's ID: views, flows, components and groups share one namespace, so it is also its stable id. */
  id: string;
  label?: string;
  uri: string;
  idRange: Range;
  statement: ViewStatement;
  properties: PropertyMap;
  /** Unresolved IDs are left out (each is already an `unresolved-reference` error). */
  query: ViewQuery;
  collapse: Group[];
  direction?: 'right' | 'down';
  annotations: Annotation[];
}

/**
 * One step of a flow whose two ends resolved. A step naming an unknown ID is left out of `Flow.steps` (the unknown ID
 * is already an error), but keeps its number: `index` is the step's place as written, so ids survive such a typo.
 */
export interface FlowStep {
  /** `${flow.id}#${index}`. */
  id: string;
  /** 1-based, as written. */
  index: number;
  from: Element;
  to: Element;
  arrow: ArrowKind;
  label?: string;
  /** The step's own `latency`, in seconds. */
  latency?: number;
  /** The declared connection the step uses (`matchStep`); none is a `flow-step-not-connected` error. */
  connection?: Connection;
  decl: StepDecl;
  properties: PropertyMap;
  /** The whole step. */
  range: Range;
  arrowRange: Range;
}

/** A `flow` (language.md "Flows"): one request path, step by step. */
export interface Flow {
  type: 'flow';
  id: string;
  label?: string;
  uri: string;
  idRange: Range;
  statement: FlowStatement;
  properties: PropertyMap;
  steps: FlowStep[];
  /** The flow's own budgets (seconds, percent); the scale block's figures stand in when absent. */
  latencyBudget?: number;
  availabilityBudget?: number;
  annotations: Annotation[];
}

/** One written occurrence of an ID: its declaration or a use. */
export interface Reference {
  uri: string;
  name: string;
  range: Range;
  declaration: boolean;
  target?: Element;
  /** Where a use sits: in a connection, as the value of a property such as `dlq`, in a view's selection or a flow's step. */
  context: 'declaration' | 'connection' | 'property' | 'view' | 'step';
}

/** A block of properties the resolver read, with its owner: what schema validation checks. */
export interface PropertySite {
  uri: string;
  owner: Owner;
  properties: PropertyMap;
}

export interface ScaleInfo {
  uri: string;
  block: ScaleBlock;
  properties: PropertyMap;
}

export interface DesignModel {
  rootUri: string;
  title?: string;
  design?: DesignDecl;
  scale?: ScaleInfo;
  elements: Map<string, Element>;
  components: Component[];
  groups: Group[];
  connections: Connection[];
  /** Every connection by its `connectionId`. */
  connectionById: Map<string, Connection>;
  references: Reference[];
  /** Every file of the design, the root and what it imports (transitively). */
  files: Map<string, SysdFile>;
  /** uri → resolved uris it imports. */
  imports: Map<string, string[]>;
  /** The file each `import` statement names (resolved, whether or not it exists). */
  importTargets: Map<ImportStatement, string>;
  /** Syntax and schema diagnostics for every file of the design (rules come later). */
  diagnostics: Diagnostic[];
  /** Every property block read, in source order: the input of schema validation (`checkSchema`). */
  propertySites: PropertySite[];
  views: View[];
  flows: Flow[];
  viewById: Map<string, View>;
  flowById: Map<string, Flow>;
}

export interface BuildOptions {
  /** Validate property values against the schema (default true); benchmarks time the two passes apart. */
  schema?: boolean;
}

/** How the model reaches files: the editor's open documents first, then the disk. */
export interface SourceHost {
  read(uri: string): string | undefined;
  /** The uri an `import "path"` in `fromUri` refers to. */
  resolve(fromUri: string, path: string): string;
  /** Parsing hook, so callers can reuse parses of unchanged files. */
  parse?(uri: string, text: string): SysdFile;
}

export function isElementKind(element: Element, ...kinds: ComponentKind[]): element is Component {
  return element.type === 'component' && kinds.includes(element.kind);
}

class ModelBuilder {
  private readonly model: DesignModel;
  private readonly pendingConnections: Array<{ uri: string; statement: ConnectionStatement; group?: Group }> = [];
  private suggestionBudget = 100_000;
  /** How many connections each `from->to` pair has so far, for `connectionId`. */
  private readonly pairCounts = new Map<string, number>();
  private readonly pendingReferenceProps: Array<{ uri: string; property: Property; value: Value & { type: 'identifier' }; spec: ValueSpec & { type: 'reference' }; context: Reference['context'] }> = [];

  constructor(rootUri: string, private readonly host: SourceHost) {
    this.model = {
      rootUri, elements: new Map(), components: [], groups: [], connections: [], connectionById: new Map(), references: [],
      files: new Map(), imports: new Map(), importTargets: new Map(), diagnostics: [], propertySites: [],
      views: [], flows: [], viewById: new Map(), flowById: new Map(),
    };
  }

  private nextConnectionId(from: string, to: string): string {
    const pair = `${from}->${to}`;
    const occurrence = (this.pairCounts.get(pair) ?? 0) + 1;
    this.pairCounts.set(pair, occurrence);
    return connectionId(from, to, occurrence);
  }

  build(options: BuildOptions): DesignModel {
    const order: string[] = [];
    this.load(this.model.rootUri, [], order);
    for (const uri of order) this.declare(uri);
    for (const pending of this.pendingConnections) this.connect(pending.uri, pending.statement, pending.group);
    for (const pending of this.pendingReferenceProps) this.resolvePropertyReference(pending);
    for (const view of this.model.views) this.select(view);
    for (const flow of this.model.flows) this.walk(flow);
    this.model.diagnostics.push(...nonAsciiIds(this.model));
    if (options.schema !== false) this.model.diagnostics.push(...checkSchema(this.model));
    this.model.diagnostics.sort(compareDiagnostics);
    return this.model;
  }

  private error(uri: string, range: Range, code: CoreCodeId, message: string, extra?: Partial<Diagnostic>): void {
    const diagnostic: Diagnostic = { uri, range, severity: severityOf(code), code, message };
    this.model.diagnostics.push(extra ? Object.assign(diagnostic, extra) : diagnostic);
  }

  /**
   * Loads a file and its imports depth-first; `order` ends up with imports before their importers.
   * `stack` holds the files being loaded and the import each one is following, to report cycles in every file on them.
   * An import's text is read once, by the importer that checks the file is there, and handed down.
   */
  private load(uri: string, stack: Array<{ uri: string; via: Range }>, order: string[], text = this.host.read(uri)): void {
    const file = text === undefined ? undefined : (this.host.parse ?? ((_u: string, t: string) => parse(t)))(uri, text);
    if (!file) return;
    this.model.files.set(uri, file);
    for (const error of file.errors) this.error(uri, error.range, 'syntax-error', error.message);
    const imported: string[] = [];
    this.model.imports.set(uri, imported);
    for (const statement of allStatements(file.statements)) {
      if (statement.type !== 'import' || !statement.path) continue;
      let target: string;
      try {
        target = this.host.resolve(uri, statement.path.value);
      } catch {
        this.error(uri, statement.path.range, 'import-not-found', `Cannot resolve '${statement.path.value}': it is not a file path relative to this file.`);
        continue;
      }
      this.model.importTargets.set(statement, target);
      const where = statement.path.range;
      const chain = [...stack, { uri, via: where }];
      const start = chain.findIndex((frame) => frame.uri === target);
      if (start !== -1) {
        const cycle = [...chain.slice(start).map((frame) => frame.uri), target].map(baseName).join(' → ');
        for (const frame of chain.slice(start)) {
          this.error(frame.uri, frame.via, 'import-cycle', `Import cycle: ${cycle}. Move the shared components into a file both can import.`);
        }
        continue;
      }
      if (this.model.files.has(target)) { imported.push(target); continue; }
      const importedText = this.host.read(target);
      if (importedText === undefined) {
        this.error(uri, where, 'import-not-found', `Cannot find '${statement.path.value}' (looked for ${target}).`);
        continue;
      }
      imported.push(target);
      this.load(target, chain, order, importedText);
    }
    order.push(uri);
  }

  private declare(uri: string): void {
    const file = this.model.files.get(uri) as SysdFile;
    const isRoot = uri === this.model.rootUri;
    if (isRoot && file.design) {
      this.model.design = file.design;
      this.model.title = file.design.title?.value;
      if (file.design.block) this.collectProperties(uri, 'design', file.design.block.properties);
    }
    if (file.design && file.statementBeforeDesign) {
      const first = file.statementBeforeDesign;
      this.error(uri, headerRange(file.design), 'misplaced-design',
        `The 'design' header must come first: move it above line ${first.range.start.line + 1} (only imports may stand before it).`,
        { related: [{ uri, range: first.range, message: 'the first statement, which the header must precede' }] });
    }
    for (const extra of file.extraDesigns) {
      this.error(uri, extra.range, 'duplicate-design', "A file holds one design: only one 'design' header is allowed, and it must come first.");
    }
    this.declareStatements(uri, file.statements, undefined);
  }

  private declareStatements(uri: string, statements: Statement[], group: Group | undefined): void {
    for (const statement of statements) {
      switch (statement.type) {
        case 'scale': {
          if (group) {
            this.error(uri, statement.keyword.range, 'misplaced-scale', "The 'scale' block describes the whole design: put it at the top level, not inside a group.");
          } else if (this.model.scale && this.model.scale.uri === uri) {
            this.error(uri, statement.keyword.range, 'duplicate-scale', "A design has one 'scale' block: merge this one into the first.", {
              related: [{ uri, range: this.model.scale.block.keyword.range, message: 'first scale block' }],
            });
          } else {
            const properties = this.collectProperties(uri, 'scale', statement.block.properties);
            if (!this.model.scale || uri === this.model.rootUri) this.model.scale = { uri, block: statement, properties };
          }
          break;
        }
        case 'component': {
          const component: Component = {
            type: 'component', kind: statement.kind, decl: statement, id: statement.id.name, label: statement.label?.value, uri,
            idRange: statement.id.range, group, properties: EMPTY_PROPERTIES, annotations: statement.annotations, incoming: [], outgoing: [],
          };
          if (this.register(component) && statement.block) {
            component.properties = this.collectProperties(uri, statement.kind, statement.block.properties, 'property');
          }
          break;
        }
        case 'group': {
          const created: Group = {
            type: 'group', decl: statement, members: [], id: statement.id.name, label: statement.label?.value, uri,
            idRange: statement.id.range, group, properties: this.collectProperties(uri, 'group', statement.properties),
            annotations: statement.annotations, incoming: [], outgoing: [],
          };
          this.register(created);
          this.declareStatements(uri, statement.statements, created);
          break;
        }
        case 'connection':
          this.pendingConnections.push({ uri, statement, group });
          break;
        case 'import':
          if (group) this.error(uri, statement.keyword.range, 'misplaced-import', "'import' belongs at the top level of a file, not inside a group.");
          break;
        case 'view': {
          const view: View = {
            type: 'view', id: statement.id.name, label: statement.label?.value, uri, idRange: statement.id.range, statement,
            properties: this.collectProperties(uri, 'view', statement.block.properties, 'view'),
            query: { include: [], kinds: [], tags: [], depth: 1, exclude: [] }, collapse: [], annotations: statement.annotations,
          };
          if (this.claim(view)) { this.model.views.push(view); this.model.viewById.set(view.id, view); }
          break;
        }
        case 'flow': {
          const flow: Flow = {
            type: 'flow', id: statement.id.name, label: statement.label?.value, uri, idRange: statement.id.range, statement,
            properties: this.collectProperties(uri, 'flow', statement.properties), steps: [], annotations: statement.annotations,
          };
          if (this.claim(flow)) { this.model.flows.push(flow); this.model.flowById.set(flow.id, flow); }
          break;
        }
      }
      for (const annotation of statement.annotations) {
        if (annotation.name.name !== 'allow') {
          this.model.diagnostics.push({
            uri, range: annotation.name.range, severity: severityOf('unknown-annotation'), code: 'unknown-annotation',
            message: `Unknown annotation '@${annotation.name.name}': sysd knows '@allow(rule-id, "reason")'.`,
          });
        }
      }
    }
  }

  /** Whether the ID is free in the one namespace of elements, views and flows; an error when it is taken. */
  private claim(element: Element | View | Flow): boolean {
    const existing = this.model.elements.get(element.id) ?? this.model.viewById.get(element.id) ?? this.model.flowById.get(element.id);
    if (existing) {
      this.error(element.uri, element.idRange, 'duplicate-id',
        `'${element.id}' is already declared (as a ${describeElement(existing)}${existing.uri === element.uri ? ` on line ${existing.idRange.start.line + 1}` : ` in ${baseName(existing.uri)}`}): IDs are unique across the design.`,
        { related: [{ uri: existing.uri, range: existing.idRange, message: `first declaration of '${element.id}'` }] });
      return false;
    }
    return true;
  }

  /** Adds the element to the symbol table; false (and an error) when the ID is taken. */
  private register(element: Element): boolean {
    this.model.references.push({ uri: element.uri, name: element.id, range: element.idRange, declaration: true, target: element, context: 'declaration' });
    if (!this.claim(element)) return false;
    this.model.elements.set(element.id, element);
    if (element.type === 'component') this.model.components.push(element);
    else this.model.groups.push(element);
    element.group?.members.push(element);
    return true;
  }

  /** The property map of a block: unknown and repeated names reported, references queued for resolution (with `references`). */
  private collectProperties(uri: string, owner: Owner, properties: Property[], references?: Reference['context']): PropertyMap {
    const map: PropertyMap = new Map();
    this.model.propertySites.push({ uri, owner, properties: map });
    const specs = propertiesOf(owner);
    for (const property of properties) {
      const name = property.name.name;
      const spec = specs[name];
      if (!spec) {
        const ownerName = owner === 'scale' ? "the 'scale' block" : owner === 'design' ? "the 'design' header" : `a ${owner}`;
        const suggestion = closest(name, Object.keys(specs));
        this.error(uri, property.name.range, 'unknown-property',
          `Unknown property '${name}' for ${ownerName}.${suggestion ? ` Did you mean '${suggestion}'?` : ''} Allowed: ${Object.keys(specs).join(', ')}.`,
          suggestion ? { data: { suggestion } } : undefined);
        continue;
      }
      const synonym = synonymOf(owner, name);
      const previous = map.get(name) ?? (synonym === undefined ? undefined : map.get(synonym));
      if (previous) {
        const first = previous.name.name;
        this.error(uri, property.name.range, 'duplicate-property', first === name ? `'${name}' is set twice: keep one.` : `'${name}' says the same as '${first}': set one of them.`, {
          related: [{ uri, range: previous.name.range, message: `first '${first}'` }],
        });
        continue;
      }
      map.set(name, property);
      if (!references || !property.value) continue;
      // A reference (`dlq: jobs-dlq`), or each ID of a list of them (`derived_from: [orders, blobs]`).
      const reference = spec.type === 'list' ? spec.of : spec;
      if (reference.type !== 'reference') continue;
      const values = property.value.type === 'list' ? property.value.items : [property.value];
      for (const value of values) {
        if (value.type === 'identifier') this.pendingReferenceProps.push({ uri, property, value, spec: reference, context: references });
      }
    }
    return map;
  }

  /**
   * "Did you mean" for an unknown ID, within a budget of comparisons per build: a file of thousands of unknown names
   * (say, its import is missing) would otherwise cost unknown names × IDs edit distances.
   */
  private suggestFor(name: string): string | undefined {
    if (this.suggestionBudget <= 0) return undefined;
    this.suggestionBudget -= this.model.elements.size;
    return closest(name, this.model.elements.keys());
  }

  private resolve(uri: string, ref: Identifier, context: Reference['context']): Element | undefined {
    const target = this.model.elements.get(ref.name);
    this.model.references.push({ uri, name: ref.name, range: ref.range, declaration: false, target, context });
    if (!target) {
      const suggestion = this.suggestFor(ref.name);
      this.error(uri, ref.range, 'unresolved-reference',
        `Unknown component '${ref.name}'.${suggestion ? ` Did you mean '${suggestion}'?` : ' Declare it (e.g. `service ' + ref.name + '`) or fix the name.'}`,
        suggestion ? { data: { suggestion } } : undefined);
    }
    return target;
  }

  private resolvePropertyReference({ uri, property, value, spec, context }: ModelBuilder['pendingReferenceProps'][number]): void {
    const target = this.resolve(uri, { ...value, name: value.name }, context);
    if (target && !referenceAccepts(spec, target)) {
      this.error(uri, value.range, 'wrong-reference-kind',
        `'${property.name.name}' must name a ${referenceTargets(spec)}, but '${target.id}' is a ${describeElement(target)}.`,
        { related: [{ uri: target.uri, range: target.idRange, message: `'${target.id}' is declared here` }] });
    }
  }

  private connect(uri: string, statement: ConnectionStatement, group: Group | undefined): void {
    const properties = statement.block ? this.collectProperties(uri, 'connection', statement.block.properties) : EMPTY_PROPERTIES;
    let sourceRefs: Identifier[] = [statement.source];
    let sources: Array<Element | undefined> = [this.resolve(uri, statement.source, 'connection')];
    for (const hop of statement.hops) {
      const targets = hop.targets.map((ref) => this.resolve(uri, ref, 'connection'));
      for (let s = 0; s < sources.length; s++) {
        const from = sources[s];
        if (!from) continue;
        for (let t = 0; t < targets.length; t++) {
          const to = targets[t];
          if (!to) continue;
          const connection: Connection = {
            id: this.nextConnectionId(from.id, to.id), from, to, kind: hop.arrow.kind, arrow: hop.arrow, fromRef: sourceRefs[s], toRef: hop.targets[t], uri, statement, group,
            label: statement.label?.value, properties, annotations: statement.annotations,
          };
          this.model.connections.push(connection);
          this.model.connectionById.set(connection.id, connection);
          from.outgoing.push(connection);
          to.incoming.push(connection);
        }
      }
      sourceRefs = hop.targets;
      sources = targets;
    }
  }

  /** The elements a view property names, in order, unknown and wrong-kind ones left out (each is already reported). */
  private namedBy(properties: PropertyMap, name: string): Element[] {
    const value = valueOf(properties, name);
    if (!value) return [];
    const spec = propertiesOf('view')[name];
    const reference = spec.type === 'list' ? spec.of : spec;
    const named: Element[] = [];
    for (const item of value.type === 'list' ? value.items : [value]) {
      const element = item.type === 'identifier' ? this.model.elements.get(item.name) : undefined;
      if (element && reference.type === 'reference' && referenceAccepts(reference, element)) named.push(element);
    }
    return named;
  }

  private select(view: View): void {
    const words = (name: string) => {
      const value = valueOf(view.properties, name);
      return value?.type === 'list' ? value.items.map(valueWord).filter((word): word is string => word !== undefined) : [];
    };
    view.query = {
      include: this.namedBy(view.properties, 'include'),
      kinds: words('kinds').filter(isComponentKind),
      tags: words('tags'),
      around: this.namedBy(view.properties, 'around')[0],
      depth: numberOf(view.properties, 'depth') ?? 1,
      exclude: this.namedBy(view.properties, 'exclude'),
    };
    view.collapse = this.namedBy(view.properties, 'collapse').filter((element): element is Group => element.type === 'group');
    const direction = wordOf(view.properties, 'direction');
    if (direction === 'right' || direction === 'down') view.direction = direction;
  }

  private walk(flow: Flow): void {
    const budget = numberOf(flow.properties, 'latency_budget');
    if (budget !== undefined) flow.latencyBudget = budget;
    const availability = numberOf(flow.properties, 'availability_budget');
    if (availability !== undefined) flow.availabilityBudget = availability;
    flow.statement.steps.forEach((decl, position) => {
      const properties = decl.block ? this.collectProperties(flow.uri, 'step', decl.block.properties) : EMPTY_PROPERTIES;
      const from = this.resolve(flow.uri, decl.from, 'step');
      const to = decl.to && this.resolve(flow.uri, decl.to, 'step');
      if (!from || !to) return;
      const index = position + 1;
      const latency = numberOf(properties, 'latency');
      const step: FlowStep = {
        id: `${flow.id}#${index}`, index, from, to, arrow: decl.arrow.kind, label: decl.label?.value, decl, properties,
        range: decl.range, arrowRange: decl.arrow.range,
      };
      if (latency !== undefined) step.latency = latency;
      const connection = matchStep(this.model, { from, to, arrow: step.arrow, latency });
      if (connection) step.connection = connection;
      flow.steps.push(step);
    });
  }
}

/** Shared by every component and connection without a block: never written to. */
const EMPTY_PROPERTIES: PropertyMap = new Map();

/** `design "Title"` without its block: where a problem with the header itself is shown. */
function headerRange(design: DesignDecl): Range {
  const end = design.title?.range.end ?? { line: design.range.start.line, character: design.range.start.character + 'design'.length };
  return { start: design.range.start, end };
}

/** Every statement, groups' contents included, in source order. */
function allStatements(statements: Statement[], into: Statement[] = []): Statement[] {
  for (const statement of statements) {
    into.push(statement);
    if (statement.type === 'group') allStatements(statement.statements, into);
  }
  return into;
}

/** Schema validation: every property value against its owner's spec (unknown names were reported while resolving). */
export function checkSchema(model: DesignModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { uri, owner, properties } of model.propertySites) {
    const specs = propertiesOf(owner);
    for (const [name, property] of properties) {
      if (!property.value) continue;
      for (const problem of checkValue(name, specs[name], property.value)) {
        const diagnostic: Diagnostic = {
          uri, range: problem.at.range, code: problem.code, message: problem.message,
          severity: severityOf(problem.code),
        };
        if (problem.suggestion) diagnostic.data = { suggestion: problem.suggestion };
        diagnostics.push(diagnostic);
      }
    }
  }
  return diagnostics;
}

export function describeElement(element: Element | View | Flow): string {
  return element.type === 'component' ? element.kind : element.type;
}

export function baseName(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

export function buildModel(rootUri: string, host: SourceHost, options: BuildOptions = {}): DesignModel {
  return new ModelBuilder(rootUri, host).build(options);
}

/** A design from one text with no imports reachable (tests, fuzzing, the webview's needs). */
export function modelOfText(text: string, uri = 'file:///design.sysd'): DesignModel {
  return buildModel(uri, { read: (u) => (u === uri ? text : undefined), resolve: (_from, path) => path });
}

/** Groups enclosing an element or connection, innermost first. */
export function enclosingGroups(item: Element | Connection): Group[] {
  const groups: Group[] = [];
  let current = 'from' in item ? item.group : item.group;
  while (current) { groups.push(current); current = current.group; }
  return groups;
}

export type { RelatedInformation };
