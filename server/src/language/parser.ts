// The chevrotain parser for .sysd: grammar rules named after the EBNF in spec/language.md, with recovery.
import { EmbeddedActionsParser, EOF, tokenMatcher, type IToken, type TokenType, type IParserErrorMessageProvider } from 'chevrotain';
import type {
  Annotation, Arrow, ArrowKind, Block, ComponentDecl, ComponentKind, ConnectionStatement, DesignDecl, GroupDecl,
  Hop, Identifier, ImportStatement, Located, Property, ScaleBlock, Statement, StringLiteral, SysdFile, SyntaxError, Value,
} from './ast';
import * as T from './lexer';
import { lex, tokenEnd, tokenRange, tokenStart } from './lexer';
import { limitNesting } from './nesting';
import { parseQuantity } from './quantities';
import { decodeString } from './strings';
import { closest } from './suggest';
import { COMPONENT_KINDS } from './ast';

const VALUE_FORMS = 'number, string, ID, true/false, range or list';
const VALUE_START: TokenType[] = [T.QuantityToken, T.StringLike, T.RangeToken, T.True, T.False, T.LSquare];

function describeToken(type: TokenType): string {
  switch (type) {
    case T.Identifier: case T.Name: return 'an ID';
    case T.StringLike: case T.StringToken: return 'a string';
    case T.QuantityToken: return 'a number';
    case T.SyncArrow: case T.AsyncArrow: case T.DuplexArrow: return "an arrow ('->', '~>' or '<->')";
    case EOF: return 'the end of the file';
    default: {
      const label = type.LABEL ?? type.name;
      return label.startsWith("'") ? label : `'${label.replace(/^Kw_/, '')}'`;
    }
  }
}

function shown(token: IToken): string {
  return token.tokenType === EOF ? 'the end of the file' : `'${token.image}'`;
}

/** An ID then another ID where a connection's arrow was due is a misspelt component kind (`servce api`): the kind it meant. */
function misspeltKind(previous: IToken, next: IToken | undefined): string | undefined {
  return next !== undefined && tokenMatcher(next, T.Identifier) ? closest(previous.image, COMPONENT_KINDS) : undefined;
}

const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous }) {
    if (previous && actual.tokenType !== EOF && (previous.endLine ?? 0) < (actual.startLine ?? 0)) {
      return `Expected ${describeToken(expected)} after '${previous.image}'.`;
    }
    if (expected === T.Identifier && actual.tokenType !== EOF && T.Keyword.categoryMatchesMap?.[actual.tokenTypeIdx] !== undefined) {
      return `'${actual.image}' is a keyword and cannot be used as an ID: expected an ID here.`;
    }
    return `Expected ${describeToken(expected)} but found ${shown(actual)}.`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `Unexpected ${shown(firstRedundant)}.`;
  },
  buildNoViableAltMessage({ actual, ruleName }) {
    const found = actual[0];
    if (ruleName === 'value') return `Expected a value (${VALUE_FORMS}) but found ${shown(found)}.`;
    if (ruleName === 'statement') {
      return `Unexpected ${shown(found)}: expected a component (e.g. 'service api'), a group, a connection ('a -> b'), 'scale' or 'import'.`;
    }
    return `Unexpected ${shown(found)}.`;
  },
  buildEarlyExitMessage({ actual, previous }) {
    const kind = misspeltKind(previous, actual[0]);
    if (kind) return `Unknown component kind '${previous.image}'. Did you mean '${kind}'?`;
    return `Expected an arrow ('->', '~>' or '<->') after '${previous.image}' but found ${shown(actual[0])}: a line that starts with an ID is a connection.`;
  },
};

function isMissing(token: IToken | undefined): boolean {
  return token === undefined || token.isInsertedInRecovery === true || Number.isNaN(token.startOffset);
}

function located(first: IToken, last: IToken = first): Located {
  // Small integers (`| 0`), not the boxed numbers chevrotain's fields may hold (see tokenStart).
  return { range: { start: tokenStart(first), end: tokenEnd(last) }, offset: first.startOffset | 0, end: ((last.endOffset ?? last.startOffset) + 1) | 0 };
}

/**
 * Gives a node its location. Nodes are built as literals and located afterwards rather than by spreading a location
 * into them: object spread was the parser's single largest cost (a slow clone path in V8 for every node).
 */
function node<T extends object>(where: Located, fields: T): T & Located {
  const result = fields as T & Located;
  result.range = where.range;
  result.offset = where.offset;
  result.end = where.end;
  return result;
}

const START_OF_FILE: Located = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, offset: 0, end: 0 };

function emptyAfter(token: IToken): Located {
  const end = tokenEnd(token);
  const offset = ((token.endOffset ?? token.startOffset) + 1) | 0;
  return { range: { start: end, end: { line: end.line, character: end.character } }, offset, end: offset };
}

function isArrow(token: IToken): boolean {
  const type = token.tokenType;
  return type === T.SyncArrow || type === T.AsyncArrow || type === T.DuplexArrow;
}

function arrowKind(token: IToken): ArrowKind {
  return token.tokenType === T.AsyncArrow ? 'async' : token.tokenType === T.DuplexArrow ? 'duplex' : 'sync';
}

function spanOf(first: Located, last: Located): Located {
  return { range: { start: first.range.start, end: last.range.end }, offset: first.offset, end: last.end };
}

class SysdParser extends EmbeddedActionsParser {
  /** Errors found while building the AST (bad quantities, bad escapes); the parser's own errors are in `this.errors`. */
  semanticErrors: SyntaxError[] = [];
  /** The last token consumed, for locating statements that end with recovered (missing) tokens. */
  private lastReal: IToken | undefined;

  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, errorMessageProvider: errorMessages });
    this.performSelfAnalysis();
  }

  /** `,` or `;` between properties. */
  private separators(): Array<{ ALT: () => IToken }> {
    return this.separatorAlternatives ??= [{ ALT: () => this.CONSUME(T.Comma) }, { ALT: () => this.CONSUME(T.Semicolon) }];
  }

  private take(type: TokenType, idx = 0): IToken {
    const token = this.consumeAt(type, idx);
    if (!isMissing(token)) this.lastReal = token;
    return token;
  }

  // Chevrotain needs distinct CONSUME indices per rule; consumeAt maps ours onto them.
  private consumeAt(type: TokenType, idx: number): IToken {
    switch (idx) {
      case 0: return this.CONSUME(type);
      case 1: return this.CONSUME1(type);
      case 2: return this.CONSUME2(type);
      case 3: return this.CONSUME3(type);
      case 4: return this.CONSUME4(type);
      default: return this.CONSUME5(type);
    }
  }

  private identifier(token: IToken): Identifier | undefined {
    if (isMissing(token)) return undefined;
    // Built in place rather than spread: identifiers are the most frequent node, and spreading showed in profiles.
    const node = located(token) as Identifier;
    node.name = token.image;
    return node;
  }

  private stringLiteral(token: IToken): StringLiteral | undefined {
    if (isMissing(token)) return undefined;
    const decoded = decodeString(token.image);
    for (const message of decoded.errors) this.semanticErrors.push({ message, range: tokenRange(token) });
    return node(located(token), { value: decoded.value });
  }

  private endOf(start: IToken): Located {
    return located(start, this.lastReal ?? start);
  }

  /** A missing '}' is reported where the text stops making sense: right after the last token of the block. */
  private reportUnclosed(open: IToken, what: string): void {
    const end = tokenRange(this.lastReal ?? open).end;
    const opened = tokenRange(open).start;
    this.semanticErrors.push({
      message: `Expected '}' to close the ${what} opened at line ${opened.line + 1}, column ${opened.character + 1}.`,
      range: { start: end, end },
    });
  }

  private propertyAhead(): boolean {
    const next = this.LA(2).tokenType;
    if (next === T.Colon) return true;
    // `ttl 1h`: a property that lost its ':' (reported by the parser) rather than a new statement.
    return this.LA(1).tokenType === T.Identifier && VALUE_START.some((type) => type === next || type.categoryMatchesMap?.[this.LA(2).tokenTypeIdx]);
  }

  /** Top-level items, collected as they complete so that a failure at the very end loses nothing before it. */
  items: Array<Statement | DesignDecl> = [];

  // Alternatives of the ORs on every statement's path are built once: a fresh array of closures per call was
  // most of the parse's garbage (chevrotain's performance guide advises the same). Token categories would replace
  // some of these ORs with one CONSUME, but chevrotain's re-sync sets compare exact token types, so a category
  // there changes how the parser recovers from mistakes.
  private fileItemAlternatives?: Array<{ ALT: () => void }>;
  private statementAlternatives?: Array<{ GATE?: () => boolean; ALT: () => Statement | DesignDecl | undefined }>;
  private groupItemAlternatives?: Array<{ GATE?: () => boolean; ALT: () => Property | Statement | DesignDecl | undefined }>;
  private arrowAlternatives?: Array<{ ALT: () => IToken }>;
  private separatorAlternatives?: Array<{ ALT: () => IToken }>;
  private strayAlternatives?: Array<{ ALT: () => IToken }>;

  public file = this.RULE('file', () => {
    this.MANY(() => {
      this.OR(this.fileItemAlternatives ??= [
        { ALT: () => { const item = this.SUBRULE(this.statement); this.ACTION(() => item && this.items.push(item)); } },
        { ALT: () => { this.SUBRULE(this.stray); } },
      ]);
    });
  });

  /** A token that cannot start a statement at top level: report it once and move on. */
  private stray = this.RULE('stray', () => {
    const token = this.OR(this.strayAlternatives ??= [
      T.RCurly, T.LCurly, T.RSquare, T.LSquare, T.RParen, T.LParen, T.Colon, T.Comma, T.Semicolon,
      T.QuantityToken, T.RangeToken, T.StringLike, T.SyncArrow, T.AsyncArrow, T.DuplexArrow, T.True, T.False,
    ].map((type) => ({ ALT: () => this.CONSUME(type) })));
    this.ACTION(() => {
      this.semanticErrors.push({
        message: `Unexpected '${token.image}': expected a component (e.g. 'service api'), a group, a connection ('a -> b'), 'scale' or 'import'.`,
        range: tokenRange(token),
      });
    });
  });

  public statement = this.RULE('statement', (): Statement | DesignDecl | undefined => {
    const annotations: Annotation[] = [];
    this.MANY(() => {
      const annotation = this.SUBRULE(this.annotation);
      this.ACTION(() => annotation && annotations.push(annotation));
    });
    // One token of lookahead, and the kind/ID question settled by a gate: a kind name begins a declaration unless an
    // arrow follows it (`cdn -> lb` is a connection from the component `cdn`). A kind followed by neither an ID nor an
    // arrow stays a declaration missing its ID, so its recovery (and message) is the one a missing ID always had.
    const node = this.OR({
      MAX_LOOKAHEAD: 1,
      IGNORE_AMBIGUITIES: true,
      DEF: this.statementAlternatives ??= [
        { ALT: () => this.SUBRULE(this.design) },
        { ALT: () => this.SUBRULE(this.scale) },
        { ALT: () => this.SUBRULE(this.importStatement) },
        { ALT: () => this.SUBRULE(this.group) },
        { GATE: () => !isArrow(this.LA(2)), ALT: () => this.SUBRULE(this.component) },
        { ALT: () => this.SUBRULE(this.connection) },
      ],
    });
    return this.ACTION(() => {
      if (!node) return undefined;
      // The header keeps its range from `design` on (its error ranges and formatting rely on it); its annotations stand apart.
      if (node.type === 'design') { node.annotations = annotations; return node; }
      node.annotations = annotations;
      if (annotations.length > 0) {
        const whole = spanOf(annotations[0], node);
        node.range = whole.range; node.offset = whole.offset; node.end = whole.end;
      }
      return node;
    });
  });

  private design = this.RULE('design', (): DesignDecl => {
    const keyword = this.take(T.Design);
    const title = this.take(T.StringLike);
    const block = this.OPTION(() => this.SUBRULE(this.block));
    return this.ACTION(() => node(this.endOf(keyword), { type: 'design' as const, title: this.stringLiteral(title), block, annotations: [] }));
  });

  private scale = this.RULE('scale', (): ScaleBlock => {
    const keyword = this.take(T.Scale);
    const block = this.SUBRULE(this.block);
    return this.ACTION(() => node(this.endOf(keyword), { type: 'scale' as const, annotations: [], keyword: located(keyword), block }));
  });

  private importStatement = this.RULE('importStatement', (): ImportStatement => {
    const keyword = this.take(T.Import);
    const path = this.take(T.StringLike);
    return this.ACTION(() => node(this.endOf(keyword), {
      type: 'import' as const, annotations: [], keyword: located(keyword), path: this.stringLiteral(path),
    }));
  });

  private component = this.RULE('component', (): ComponentDecl | undefined => {
    const kindToken = this.take(T.KindKeyword);
    const id = this.take(T.Identifier, 1);
    const label = this.OPTION(() => this.take(T.StringLike, 2));
    const block = this.OPTION1(() => this.SUBRULE(this.block));
    return this.ACTION(() => {
      const identifier = this.identifier(id);
      if (!identifier) return undefined;
      return node(this.endOf(kindToken), {
        type: 'component' as const, annotations: [],
        kind: kindToken.image as ComponentKind, kindToken: located(kindToken), id: identifier,
        label: label && this.stringLiteral(label), block,
      });
    });
  });

  private group = this.RULE('group', (): GroupDecl | undefined => {
    const keyword = this.take(T.Group);
    const id = this.take(T.Identifier, 1);
    const label = this.OPTION(() => this.take(T.StringLike, 2));
    const open = this.take(T.LCurly, 3);
    const properties: Property[] = [];
    const statements: Statement[] = [];
    this.MANY(() => {
      const item = this.OR(this.groupItemAlternatives ??= [
        { GATE: () => this.propertyAhead(), ALT: () => this.SUBRULE(this.property) },
        { ALT: () => this.SUBRULE(this.statement) },
      ]);
      this.ACTION(() => {
        if (!item) return;
        if (!('type' in item)) properties.push(item);
        else if (item.type === 'design') {
          this.semanticErrors.push({ message: "'design' belongs at the top of the file, not inside a group.", range: item.range });
        } else statements.push(item);
      });
      this.OPTION1(() => this.OR1(this.separators()));
    });
    const close = this.OPTION2(() => this.take(T.RCurly, 4));
    return this.ACTION(() => {
      if (!close && !isMissing(open)) this.reportUnclosed(open, `group '${id.image}'`);
      const identifier = this.identifier(id);
      if (!identifier) return undefined;
      return node(this.endOf(keyword), {
        type: 'group' as const, annotations: [], keyword: located(keyword), id: identifier,
        label: label && this.stringLiteral(label), properties, statements,
        body: isMissing(open) ? undefined : located(open, close ?? this.lastReal ?? open),
      });
    });
  });

  private connection = this.RULE('connection', (): ConnectionStatement | undefined => {
    const source = this.take(T.Identifier);
    const hops: Hop[] = [];
    this.AT_LEAST_ONE(() => {
      const arrow = this.SUBRULE(this.arrow);
      const targets: Identifier[] = [];
      const first = this.take(T.Identifier, 1);
      this.ACTION(() => { const t = this.identifier(first); if (t) targets.push(t); });
      this.MANY(() => {
        this.CONSUME(T.Comma);
        const next = this.take(T.Identifier, 2);
        this.ACTION(() => { const t = this.identifier(next); if (t) targets.push(t); });
      });
      this.ACTION(() => arrow && hops.push({ arrow, targets }));
    });
    const label = this.OPTION(() => {
      this.CONSUME(T.Colon);
      return this.take(T.StringLike, 3);
    });
    const block = this.OPTION1(() => this.SUBRULE(this.block));
    return this.ACTION(() => {
      const identifier = this.identifier(source);
      if (!identifier) return undefined;
      return node(this.endOf(source), {
        type: 'connection' as const, annotations: [], source: identifier, hops,
        label: label && this.stringLiteral(label), block,
      });
    });
  });

  private arrow = this.RULE('arrow', (): Arrow | undefined => {
    const token = this.OR(this.arrowAlternatives ??= [
      { ALT: () => this.take(T.SyncArrow) },
      { ALT: () => this.take(T.AsyncArrow, 1) },
      { ALT: () => this.take(T.DuplexArrow, 2) },
    ]);
    return this.ACTION(() => (isMissing(token) ? undefined : node(located(token), { kind: arrowKind(token) })));
  });

  private block = this.RULE('block', (): Block => {
    const open = this.take(T.LCurly);
    const properties: Property[] = [];
    this.MANY({
      GATE: () => this.propertyAhead(),
      DEF: () => {
        const property = this.SUBRULE(this.property);
        this.ACTION(() => property && properties.push(property));
        this.OPTION(() => this.OR(this.separators()));
      },
    });
    const close = this.OPTION1(() => this.take(T.RCurly, 1));
    return this.ACTION(() => {
      if (!close && !isMissing(open)) this.reportUnclosed(open, 'block');
      // A '{' that recovery inserted has no position: the block is an empty spot after the last real token.
      if (isMissing(open)) return node(this.lastReal ? emptyAfter(this.lastReal) : START_OF_FILE, { properties });
      return node(located(open, close ?? this.lastReal ?? open), { properties });
    });
  });

  /**
   * Whether the value after `colon` is missing because what follows starts the next item: `name:` (a property), or on a
   * later line an ID followed by an ID or an arrow (a statement in a group). Taken as the value, it would swallow
   * that line and turn one mistake into several.
   */
  private valueMissing(colon: IToken): boolean {
    const next = this.LA(1);
    const after = this.LA(2);
    if (tokenMatcher(next, T.Name) && after.tokenType === T.Colon) return true;
    if (isMissing(colon) || next.tokenType === EOF || (next.startLine ?? 0) <= (colon.endLine ?? 0)) return false;
    const startsStatement = tokenMatcher(next, T.Identifier) || next.tokenType === T.Group;
    return startsStatement && (after.startLine ?? 0) === (next.startLine ?? 0) && (tokenMatcher(after, T.Identifier) || isArrow(after));
  }

  /** A value that is not there: reported at the end of the line it was expected on, or on the token in its place. */
  private reportMissingValue(colon: IToken): void {
    const next = this.LA(1);
    if (next.tokenType === EOF || (next.startLine ?? 0) > (colon.endLine ?? 0)) {
      const end = tokenEnd(colon);
      this.semanticErrors.push({ message: `Expected a value after ':' (${VALUE_FORMS}).`, range: { start: end, end } });
    } else {
      this.semanticErrors.push({ message: `Expected a value (${VALUE_FORMS}) but found ${shown(next)}.`, range: tokenRange(next) });
    }
  }

  private colon: IToken | undefined;
  private valueWritten = false;
  private valueOption?: { GATE: () => boolean; DEF: () => Value | undefined };

  private property = this.RULE('property', (): Property | undefined => {
    const name = this.take(T.Name);
    const colon = this.CONSUME(T.Colon);
    // The option is built once and reads its colon from the parser: closures per property were a fifth of the parse.
    // A property never contains another, so one slot is enough.
    this.colon = colon;
    this.valueWritten = false;
    const value = this.OPTION(this.valueOption ??= {
      GATE: () => !this.valueMissing(this.colon ?? this.LA(0)),
      DEF: () => { this.valueWritten = true; return this.SUBRULE(this.value); },
    });
    return this.ACTION(() => {
      if (!this.valueWritten && !isMissing(colon)) this.reportMissingValue(colon);
      const identifier = this.identifier(name);
      if (!identifier) return undefined;
      return node(value ? spanOf(identifier, value) : identifier, { name: identifier, value });
    });
  });

  // Chevrotain advises building OR alternatives once: a fresh array per call is most of the parse's garbage.
  private valueAlternatives?: Array<{ ALT: () => Value | undefined }>;

  private value = this.RULE('value', (): Value | undefined => this.OR(this.valueAlternatives ??= [
    {
      ALT: () => {
        const token = this.take(T.QuantityToken);
        return this.ACTION(() => {
          if (isMissing(token)) return undefined;
          const parsed = parseQuantity(token.image);
          if (!parsed.ok) {
            this.semanticErrors.push({ message: parsed.message, range: tokenRange(token) });
            return undefined;
          }
          return node(located(token), { type: 'quantity' as const, quantity: parsed.quantity });
        });
      },
    },
    {
      ALT: () => {
        const token = this.take(T.StringLike, 1);
        return this.ACTION(() => {
          const literal = this.stringLiteral(token);
          return literal && node(located(token), { type: 'string' as const, value: literal.value });
        });
      },
    },
    {
      ALT: () => {
        const token = this.take(T.RangeToken, 2);
        return this.ACTION(() => {
          if (isMissing(token)) return undefined;
          const [min, max] = token.image.split('..').map((part) => Number(part.replace(/_/g, '')));
          return node(located(token), { type: 'range' as const, min, max });
        });
      },
    },
    {
      ALT: () => {
        const token = this.take(T.Name, 3);
        return this.ACTION(() => {
          if (isMissing(token)) return undefined;
          if (token.tokenType === T.True || token.tokenType === T.False) {
            return node(located(token), { type: 'boolean' as const, value: token.tokenType === T.True });
          }
          return node(located(token), { type: 'identifier' as const, name: token.image });
        });
      },
    },
    {
      ALT: () => {
        const open = this.take(T.LSquare, 4);
        const items: Value[] = [];
        this.OPTION(() => {
          const first = this.SUBRULE(this.value);
          this.ACTION(() => first && items.push(first));
          this.MANY({
            GATE: () => this.LA(2).tokenType !== T.RSquare,
            DEF: () => {
              this.CONSUME(T.Comma);
              const item = this.SUBRULE1(this.value);
              this.ACTION(() => item && items.push(item));
            },
          });
          this.OPTION1(() => this.CONSUME1(T.Comma));
        });
        const close = this.take(T.RSquare, 5);
        return this.ACTION(() => node(located(open, isMissing(close) ? this.lastReal ?? open : close), { type: 'list' as const, items }));
      },
    },
  ]));

  private annotation = this.RULE('annotation', (): Annotation | undefined => {
    const at = this.take(T.At);
    const name = this.take(T.Name, 1);
    const args: Identifier[] = [];
    let reason: StringLiteral | undefined;
    // `( [ ID { , ID } ] [ [,] STRING ] )`, exactly: `@allow(a b)` or a second reason is an error, not silently read.
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION1(() => {
        const first = this.take(T.Name, 2);
        this.ACTION(() => { const id = this.identifier(first); if (id) args.push(id); });
        this.MANY(() => {
          this.CONSUME(T.Comma);
          const next = this.take(T.Name, 3);
          this.ACTION(() => { const id = this.identifier(next); if (id) args.push(id); });
        });
      });
      this.OPTION2(() => {
        this.OPTION3(() => this.CONSUME1(T.Comma));
        const text = this.take(T.StringLike, 4);
        this.ACTION(() => { reason = this.stringLiteral(text); });
      });
      this.take(T.RParen, 5);
    });
    return this.ACTION(() => {
      const identifier = this.identifier(name);
      if (!identifier) return undefined;
      return node(this.endOf(at), { name: identifier, args, reason });
    });
  });

  begin(tokens: IToken[]): void {
    this.input = tokens;
    this.semanticErrors = [];
    this.items = [];
    this.lastReal = undefined;
  }
}

let sharedParser: SysdParser | undefined;

function errorRange(error: { token: IToken; previousToken?: IToken }): SyntaxError['range'] {
  const { token, previousToken } = error;
  const missingAtLineEnd =
    token.tokenType === EOF || Number.isNaN(token.startOffset) ||
    (previousToken !== undefined && !Number.isNaN(previousToken.startOffset) && (previousToken.endLine ?? 0) < (token.startLine ?? 0));
  if (missingAtLineEnd && previousToken && !Number.isNaN(previousToken.startOffset)) {
    const end = tokenRange(previousToken).end;
    return { start: end, end };
  }
  if (Number.isNaN(token.startOffset)) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return tokenRange(token);
}

/** Keep the first error on each line: later ones on that line are cascades of the same mistake. */
function firstPerLine(errors: SyntaxError[]): SyntaxError[] {
  const sorted = [...errors].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const seen = new Set<number>();
  return sorted.filter((error) => {
    if (seen.has(error.range.start.line)) return false;
    seen.add(error.range.start.line);
    return true;
  });
}

export function parse(text: string): SysdFile {
  sharedParser ??= new SysdParser();
  const parser = sharedParser;
  const lexed = lex(text);
  const nesting = limitNesting(lexed.tokens);
  parser.begin(nesting.tokens);
  parser.file();
  const items = parser.items;
  const parserErrors: SyntaxError[] = parser.errors.map((error) => {
    const { token, previousToken } = error as unknown as { token: IToken; previousToken?: IToken };
    // A misspelt kind is shown on the kind itself (the same test that worded the message), not on the ID after it.
    const onKind = error.name === 'EarlyExitException' && previousToken !== undefined && misspeltKind(previousToken, token) !== undefined;
    return { message: error.message, range: onKind ? tokenRange(previousToken) : errorRange({ token, previousToken }) };
  });
  const errors = firstPerLine([...lexed.errors, ...nesting.errors, ...parserErrors, ...parser.semanticErrors]);

  let design: DesignDecl | undefined;
  let statementBeforeDesign: Statement | undefined;
  const extraDesigns: DesignDecl[] = [];
  const statements: Statement[] = [];
  for (const item of items) {
    if (item.type !== 'design') statements.push(item);
    else if (design === undefined) {
      design = item;
      // Imports may stand before the header (spec version 2); anything else there is reported by the model.
      statementBeforeDesign = statements.find((statement) => statement.type !== 'import');
    } else extraDesigns.push(item);
  }
  const comments = lexed.comments.map((token) => node(located(token), { text: token.image, block: token.tokenType !== T.LineComment }));
  // The shared parser would otherwise hold this file's tokens (several per word of the text) until the next parse.
  parser.begin([]);
  return { design, ...(statementBeforeDesign ? { statementBeforeDesign } : {}), extraDesigns, statements, comments, errors };
}
