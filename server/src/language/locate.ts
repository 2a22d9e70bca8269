// Finds the syntax element at a position in a parsed file: a kind keyword, an ID, a property name or value, an annotation.
import type {
  Annotation, Arrow, ComponentDecl, ComponentKind, ConnectionStatement, DesignDecl, Identifier, ImportStatement, Position, Property, Range,
  ScaleBlock, Statement, SysdFile, Value,
} from './ast';
import { propertiesOf, type Owner } from './schema';

/** What sits under the cursor. Every variant carries the range of the token itself. */
export type Target =
  | { type: 'kind'; range: Range; kind: ComponentKind; statement: ComponentDecl }
  | { type: 'keyword'; range: Range; keyword: 'group' | 'import' | 'design'; statement?: Statement }
  /** The path string of an `import`. */
  | { type: 'importPath'; range: Range; statement: ImportStatement }
  | { type: 'scale'; range: Range; statement: ScaleBlock }
  /** An ID: a declaration, a connection end, or the value of a reference property such as `dlq`. */
  | { type: 'id'; range: Range; name: string; context: 'declaration' | 'connection' | 'property'; statement?: Statement; property?: Property }
  | { type: 'property'; range: Range; property: Property; owner: Owner; statement?: Statement }
  /** A value (or one item of a list value) of a property. */
  | { type: 'value'; range: Range; value: Value; property: Property; owner: Owner; statement?: Statement }
  /** An annotation before a statement, or before the `design` header (its `statement` is then the header). */
  | { type: 'annotation'; range: Range; annotation: Annotation; statement: Statement | DesignDecl }
  /** One rule id inside `@allow(...)`. */
  | { type: 'rule'; range: Range; id: Identifier; annotation: Annotation; statement: Statement | DesignDecl }
  | { type: 'arrow'; range: Range; arrow: Arrow; statement: ConnectionStatement };

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when `position` is inside `range`; `inclusiveEnd` also accepts the position just after the last character. */
export function rangeContains(range: Range, position: Position, inclusiveEnd = true): boolean {
  if (comparePositions(position, range.start) < 0) return false;
  const toEnd = comparePositions(position, range.end);
  return inclusiveEnd ? toEnd <= 0 : toEnd < 0;
}

/** Every locatable element of a file, in source order; `near` keeps only statements whose range holds that position. */
export function targetsOf(file: SysdFile, near?: Position): Target[] {
  const targets: Target[] = [];
  const keep = (range: Range) => near === undefined || rangeContains(range, near);
  // The header's range starts at `design`: its annotations stand before it.
  if (file.design) addAnnotations(targets, file.design, file.design.annotations.filter((a) => keep(a.range)));
  if (file.design && keep(file.design.range)) {
    targets.push({ type: 'keyword', keyword: 'design', range: keywordRange(file.design.range.start, 'design') });
    if (file.design.block) addProperties(targets, file.design.block.properties, 'design', undefined);
  }
  addStatements(targets, file.statements, keep);
  return targets;
}

/**
 * The element at `position`. A position between two tokens (`a|->b`) belongs to the token that starts
 * there, as when the mouse is over its first character; the end of a word still finds the word (`servi|`).
 */
export function locate(file: SysdFile, position: Position): Target | undefined {
  // Only the statements around the position: a hover in a large file stays cheap.
  const targets = targetsOf(file, position);
  return targets.find((t) => rangeContains(t.range, position, false)) ?? targets.find((t) => rangeContains(t.range, position, true));
}

/** The owner whose properties a statement's block holds. */
export function ownerOf(statement: Statement): Owner | undefined {
  switch (statement.type) {
    case 'component': return statement.kind;
    case 'group': return 'group';
    case 'connection': return 'connection';
    case 'scale': return 'scale';
    default: return undefined;
  }
}

function keywordRange(start: Position, word: string): Range {
  return { start, end: { line: start.line, character: start.character + word.length } };
}

function addStatements(targets: Target[], statements: Statement[], keep: (range: Range) => boolean = () => true): void {
  for (const statement of statements) {
    if (!keep(statement.range)) continue;
    addAnnotations(targets, statement, statement.annotations);
    switch (statement.type) {
      case 'component':
        targets.push({ type: 'kind', range: statement.kindToken.range, kind: statement.kind, statement });
        targets.push({ type: 'id', range: statement.id.range, name: statement.id.name, context: 'declaration', statement });
        if (statement.block) addProperties(targets, statement.block.properties, statement.kind, statement);
        break;
      case 'group':
        targets.push({ type: 'keyword', keyword: 'group', range: statement.keyword.range, statement });
        targets.push({ type: 'id', range: statement.id.range, name: statement.id.name, context: 'declaration', statement });
        addProperties(targets, statement.properties, 'group', statement);
        addStatements(targets, statement.statements, keep);
        break;
      case 'scale':
        targets.push({ type: 'scale', range: statement.keyword.range, statement });
        addProperties(targets, statement.block.properties, 'scale', statement);
        break;
      case 'import':
        targets.push({ type: 'keyword', keyword: 'import', range: statement.keyword.range, statement });
        if (statement.path) targets.push({ type: 'importPath', range: statement.path.range, statement });
        break;
      case 'connection':
        targets.push({ type: 'id', range: statement.source.range, name: statement.source.name, context: 'connection', statement });
        for (const hop of statement.hops) {
          targets.push({ type: 'arrow', range: hop.arrow.range, arrow: hop.arrow, statement });
          for (const target of hop.targets) targets.push({ type: 'id', range: target.range, name: target.name, context: 'connection', statement });
        }
        if (statement.block) addProperties(targets, statement.block.properties, 'connection', statement);
        break;
    }
  }
}

function addAnnotations(targets: Target[], statement: Statement | DesignDecl, annotations: Annotation[]): void {
  for (const annotation of annotations) {
    targets.push({ type: 'annotation', range: { start: annotation.range.start, end: annotation.name.range.end }, annotation, statement });
    for (const id of annotation.args) targets.push({ type: 'rule', range: id.range, id, annotation, statement });
  }
}

function addProperties(targets: Target[], properties: Property[], owner: Owner, statement: Statement | undefined): void {
  const specs = propertiesOf(owner);
  for (const property of properties) {
    targets.push({ type: 'property', range: property.name.range, property, owner, statement });
    if (!property.value) continue;
    const items = property.value.type === 'list' ? property.value.items : [property.value];
    for (const value of items) {
      if (value.type === 'identifier' && specs[property.name.name]?.type === 'reference') {
        targets.push({ type: 'id', range: value.range, name: value.name, context: 'property', statement, property });
      } else {
        targets.push({ type: 'value', range: value.range, value, property, owner, statement });
      }
    }
  }
}
