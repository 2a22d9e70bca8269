// Semantic tokens: what each word of a design is (kind, ID, property, enum value, quantity…), so themes colour it.
import type { Annotation, Block, Property, Range, Statement, SysdFile, Value } from './ast';
import type { DesignModel, Reference } from './model';

/** Standard LSP token types only, so every theme knows them. */
export const TOKEN_TYPES = [
  'namespace', 'type', 'class', 'variable', 'property', 'enumMember', 'keyword', 'string', 'number', 'operator', 'decorator', 'macro',
] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export const TOKEN_MODIFIERS = ['declaration'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

class Collector {
  readonly tokens: SemanticToken[] = [];
  private readonly references = new Map<string, Reference>();

  constructor(model: DesignModel | undefined, uri: string) {
    for (const reference of model?.references ?? []) {
      if (reference.uri === uri) this.references.set(key(reference.range), reference);
    }
  }

  add(range: Range, type: TokenType, modifiers: TokenModifier[] = []): void {
    // Tokens are single-line by protocol default; nothing this language colours spans lines.
    if (range.start.line !== range.end.line || range.end.character <= range.start.character) return;
    this.tokens.push({ line: range.start.line, character: range.start.character, length: range.end.character - range.start.character, type, modifiers });
  }

  keyword(start: Range['start'], word: string): void {
    this.add({ start, end: { line: start.line, character: start.character + word.length } }, 'keyword');
  }

  /** An ID: a group is a namespace, a component a class, an unresolved name a plain variable. */
  id(range: Range): void {
    const reference = this.references.get(key(range));
    const type: TokenType = reference?.target?.type === 'group' ? 'namespace' : reference?.target ? 'class' : 'variable';
    this.add(range, type, reference?.declaration ? ['declaration'] : []);
  }

  statements(statements: Statement[]): void {
    for (const statement of statements) {
      for (const annotation of statement.annotations) this.annotation(annotation);
      switch (statement.type) {
        case 'scale':
          this.add(statement.keyword.range, 'keyword');
          this.block(statement.block);
          break;
        case 'import':
          this.add(statement.keyword.range, 'keyword');
          if (statement.path) this.add(statement.path.range, 'string');
          break;
        case 'component':
          this.add(statement.kindToken.range, 'type');
          this.id(statement.id.range);
          if (statement.label) this.add(statement.label.range, 'string');
          if (statement.block) this.block(statement.block);
          break;
        case 'group': {
          this.add(statement.keyword.range, 'keyword');
          this.id(statement.id.range);
          if (statement.label) this.add(statement.label.range, 'string');
          const items: Array<Property | Statement> = [...statement.properties, ...statement.statements].sort((a, b) => a.offset - b.offset);
          for (const item of items) {
            if ('type' in item) this.statements([item]);
            else this.property(item);
          }
          break;
        }
        case 'connection':
          this.id(statement.source.range);
          for (const hop of statement.hops) {
            this.add(hop.arrow.range, 'operator');
            for (const target of hop.targets) this.id(target.range);
          }
          if (statement.label) this.add(statement.label.range, 'string');
          if (statement.block) this.block(statement.block);
          break;
        case 'view':
          this.add(statement.keyword.range, 'keyword');
          // A view or flow is no component or group: its name is a declared variable.
          this.add(statement.id.range, 'variable', ['declaration']);
          if (statement.label) this.add(statement.label.range, 'string');
          this.block(statement.block);
          break;
        case 'flow':
          this.add(statement.keyword.range, 'keyword');
          this.add(statement.id.range, 'variable', ['declaration']);
          if (statement.label) this.add(statement.label.range, 'string');
          for (const property of statement.properties) this.property(property);
          for (const step of statement.steps) {
            this.id(step.from.range);
            this.add(step.arrow.range, 'operator');
            if (step.to) this.id(step.to.range);
            if (step.label) this.add(step.label.range, 'string');
            if (step.block) this.block(step.block);
          }
          break;
      }
    }
  }

  annotation(annotation: Annotation): void {
    const start = annotation.range.start;
    const sameLine = start.line === annotation.name.range.end.line;
    this.add(sameLine ? { start, end: annotation.name.range.end } : annotation.name.range, 'decorator');
    for (const arg of annotation.args) this.add(arg.range, 'macro');
    if (annotation.reason) this.add(annotation.reason.range, 'string');
  }

  block(block: Block): void {
    for (const property of block.properties) this.property(property);
  }

  property(property: Property): void {
    this.add(property.name.range, 'property');
    if (property.value) this.value(property.value);
  }

  value(value: Value): void {
    switch (value.type) {
      case 'quantity': case 'range': this.add(value.range, 'number'); break;
      case 'string': this.add(value.range, 'string'); break;
      case 'boolean': this.add(value.range, 'keyword'); break;
      case 'identifier':
        // `dlq: clicks-dlq` names a component; every other bare word is an enum value.
        if (this.references.has(key(value.range))) this.id(value.range);
        else this.add(value.range, 'enumMember');
        break;
      case 'list': for (const item of value.items) this.value(item); break;
    }
  }
}

function key(range: Range): string {
  return `${range.start.line}:${range.start.character}`;
}

/** Every token of a file in source order. `model` (the design the file belongs to) tells components from groups. */
export function semanticTokens(file: SysdFile, model: DesignModel | undefined, uri: string, range?: Range): SemanticToken[] {
  const collector = new Collector(model, uri);
  const design = file.design;
  if (design) {
    for (const annotation of design.annotations) collector.annotation(annotation);
    collector.keyword(design.range.start, 'design');
    if (design.title) collector.add(design.title.range, 'string');
    if (design.block) collector.block(design.block);
  }
  collector.statements(file.statements);
  const tokens = collector.tokens.sort((a, b) => a.line - b.line || a.character - b.character);
  if (!range) return tokens;
  return tokens.filter((t) =>
    (t.line > range.start.line || (t.line === range.start.line && t.character + t.length > range.start.character)) &&
    (t.line < range.end.line || (t.line === range.end.line && t.character < range.end.character)));
}

/** The LSP wire format: five integers per token, positions relative to the previous token. */
export function encodeTokens(tokens: SemanticToken[]): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const token of tokens) {
    const deltaLine = token.line - line;
    data.push(deltaLine, deltaLine === 0 ? token.character - character : token.character, token.length,
      TOKEN_TYPES.indexOf(token.type), token.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0));
    line = token.line;
    character = token.character;
  }
  return data;
}
