// Fuzz inputs: grammar-aware random designs, mutations of the real .sysd files, and raw unicode text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { COMPONENT_KINDS, type ComponentKind } from '../../server/src/language/ast';
import { RULE_IDS } from '../../server/src/language/rules/ids';
import { propertiesOf, type Owner, type ValueSpec } from '../../server/src/language/schema';
import { encodeString } from '../../server/src/language/strings';

// ---- grammar-aware designs -------------------------------------------------------------------------------

/** A small pool so connections and references mostly hit declared names; a few odd but legal identifiers too. */
const ID_POOL = ['api', 'db', 'web', 'lb', 'cache1', 'jobs', 'jobs-dlq', 'edge', 'a_1', 'Edge2', 'x', 'tier', 'svc-a-b'];
const id = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom(...ID_POOL) },
  { weight: 5, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}(-[a-z0-9_]{1,3}){0,2}$/) },
  // Keywords are reserved only where the grammar needs them: as IDs they are errors the parser must survive.
  { weight: 1, arbitrary: fc.constantFrom('design', 'scale', 'group', 'import', 'true', 'false', 'service', 'queue') },
);

/**
 * Any UTF-16 text, lone surrogates included (a code point in the surrogate range becomes a lone one), mostly ASCII.
 * Built from integers: fast-check's own `unit: 'binary'` strings spend most of the run building their shrink maps.
 */
export function unicodeText(maxLength: number): fc.Arbitrary<string> {
  const char = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x1f }) },
    { weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0xffff }) },
    { weight: 2, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }) },
  ).map((code) => String.fromCodePoint(code));
  return fc.array(char, { maxLength }).map((chars) => chars.join(''));
}

/** Label text: plain words, escapes, emoji, lone surrogates and control characters (encoded or raw). */
const labelText = fc.oneof(
  fc.constantFrom('Public LB', 'Redis', '', 'naïve café', 'emoji 😀 ok', 'tab\there', 'line\nbreak', 'quote " and \\ slash'),
  unicodeText(12),
);
const stringLiteral = fc.oneof(
  { weight: 12, arbitrary: labelText.map(encodeString) },
  // Written by hand: \u{…} escapes, raw non-ASCII (never a raw line break or quote, which end the string).
  { weight: 2, arbitrary: fc.constantFrom('"\\u{1F600}"', '"\\u{41}\\u{200B}"', '"\uD800 lone"', '"\u2028"', '"\u0000"', '"\\t\\n"') },
  { weight: 2, arbitrary: unicodeText(8).map((s) => `"${s.replace(/["\\\r\n]/g, '')}"`) },
  // Escapes the decoder rejects: errors with a precise range.
  { weight: 1, arbitrary: fc.constantFrom('"\\u{110000}"', '"bad \\q escape"') },
);

const QUANTITIES: Record<string, readonly string[]> = {
  number: ['3', '0', '1', '2.5', '1_000', '-1', '12', '100'],
  duration: ['30s', '1h', '100ms', '5y', '1d', '2w', '10min', '0s'],
  rate: ['10/s', '100M/day', '5k/s', '1160/s', '3/h', '7/min'],
  size: ['91TB', '2GiB', '500B', '1PB', '10KB'],
  percent: ['99.9%', '100%', '101%', '0%', '99.999%'],
  factor: ['5x', '1x', '0.5x'],
  dataRate: ['10Gbps', '100GB/day', '1Mbps', '5MB/s'],
};
/** Quantities the unit table rejects or the wrong dimension for most properties. */
const ODD_QUANTITIES = ['1__0', '2/s/s', '1/fortnight', '5GB', '3x', '1e9', '0x1F', '-0', '00', '9999999999999999999999'];

function valueFor(spec: ValueSpec, depth = 0): fc.Arbitrary<string> {
  switch (spec.type) {
    case 'enum':
    case 'openEnum': return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...spec.values) }, { weight: 1, arbitrary: fc.constantFrom('nope', 'redis', 'web') });
    case 'quantity': return fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...spec.dimensions.flatMap((d) => QUANTITIES[d] ?? QUANTITIES.number)) },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_QUANTITIES) },
    );
    case 'boolean': return fc.constantFrom('true', 'false');
    case 'string': return stringLiteral;
    case 'text': return fc.oneof(stringLiteral, id);
    case 'reference': return id;
    case 'range': return fc.constantFrom('2..20', '1..1', '5..1', '0..3', '-1..2', '1_0..2_0');
    case 'list':
      return depth > 1 ? fc.constant('[]') : fc.array(valueFor(spec.of, depth + 1), { maxLength: 4 })
        .chain((items) => fc.constantFrom('', ',').map((trailing) => `[${items.join(', ')}${items.length ? trailing : ''}]`));
  }
}

/** Any value at all, for properties the schema does not expect (wrong types, unknown names). */
const anyValue = fc.oneof(
  fc.constantFrom(...Object.values(QUANTITIES).flat(), ...ODD_QUANTITIES, 'true', 'false', '[a, b]', '[]', '[[x]]', '2..20'),
  id,
  stringLiteral,
);

function propertyOf(owner: Owner): fc.Arbitrary<string> {
  const specs = Object.entries(propertiesOf(owner));
  return fc.oneof(
    { weight: 15, arbitrary: fc.constantFrom(...specs).chain(([name, spec]) => valueFor(spec).map((v) => `${name}: ${v}`)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...specs.map(([name]) => name), 'nope', 'instnaces', 'kind'), anyValue).map(([n, v]) => `${n}: ${v}`) },
  );
}

function blockOf(owner: Owner): fc.Arbitrary<string> {
  return fc.array(fc.tuple(propertyOf(owner), fc.constantFrom('', '', ',', ';', '\n')), { maxLength: 5 })
    .map((props) => `{ ${props.map(([p, sep]) => `${p}${sep}`).join(' ')} }`);
}

const ruleId = fc.constantFrom(...RULE_IDS, 'no-such-rule', 'unused-allow');
const annotation = fc.oneof(
  fc.tuple(fc.array(ruleId, { maxLength: 3 }), fc.option(stringLiteral, { nil: undefined }), fc.boolean())
    .map(([rules, reason, comma]) => `@allow(${rules.join(', ')}${reason ? `${rules.length && comma ? ', ' : ' '}${reason}` : ''})`),
  fc.constantFrom('@note', '@allow', '@allow()', '@deprecated("old")'),
);
const annotations = fc.array(annotation, { maxLength: 2 }).map((list) => list.map((a) => `${a}\n`).join(''));

const component = fc.constantFrom(...COMPONENT_KINDS).chain((kind: ComponentKind) =>
  fc.tuple(annotations, id, fc.option(stringLiteral, { nil: undefined }), fc.option(blockOf(kind), { nil: undefined }))
    .map(([a, name, label, block]) => `${a}${kind} ${name}${label ? ` ${label}` : ''}${block ? ` ${block}` : ''}`));

const arrow = fc.constantFrom('->', '~>', '<->');
const connection = fc.tuple(
  annotations, id,
  fc.array(fc.tuple(arrow, fc.array(id, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 }),
  fc.option(stringLiteral, { nil: undefined }), fc.option(blockOf('connection'), { nil: undefined }),
).map(([a, source, hops, label, block]) =>
  `${a}${source} ${hops.map(([ar, targets]) => `${ar} ${targets.join(', ')}`).join(' ')}${label ? ` : ${label}` : ''}${block ? ` ${block}` : ''}`);

const view = fc.tuple(annotations, id, fc.option(stringLiteral, { nil: undefined }), blockOf('view'))
  .map(([a, name, label, block]) => `${a}view ${name}${label ? ` ${label}` : ''} ${block}`);
const step = fc.tuple(id, arrow, id, fc.option(stringLiteral, { nil: undefined }), fc.option(blockOf('step'), { nil: undefined }))
  .map(([from, ar, to, label, block]) => `${from} ${ar} ${to}${label ? ` : ${label}` : ''}${block ? ` ${block}` : ''}`);
const flow = fc.tuple(annotations, id, fc.option(stringLiteral, { nil: undefined }),
  fc.array(fc.oneof({ weight: 1, arbitrary: propertyOf('flow') }, { weight: 3, arbitrary: step }), { maxLength: 4 }))
  .map(([a, name, label, body]) => `${a}flow ${name}${label ? ` ${label}` : ''} {\n${body.join('\n')}\n}`);

const scale = fc.tuple(annotations, blockOf('scale')).map(([a, block]) => `${a}scale ${block}`);
const importStatement = fc.constantFrom('import "./other.sysd"', 'import "other.sysd"', 'import "./fuzz.sysd"', 'import "missing.sysd"', 'import "../x/../other.sysd"', 'import ""',
  // Paths the server's resolver (new URL(path, from)) may choke on.
  'import "http://["', 'import "//host"', 'import "file:///etc/../other.sysd"', 'import "%zz"', 'import "\\u{0}"');

export const statement: fc.Arbitrary<string> = fc.letrec<{ statement: string; group: string }>((tie) => ({
  statement: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: component },
    { weight: 5, arbitrary: connection },
    { weight: 1, arbitrary: scale },
    { weight: 1, arbitrary: importStatement },
    { weight: 2, arbitrary: tie('group') },
    { weight: 1, arbitrary: view },
    { weight: 1, arbitrary: flow },
  ),
  group: fc.tuple(annotations, id, fc.option(stringLiteral, { nil: undefined }),
    fc.array(fc.oneof({ weight: 1, arbitrary: propertyOf('group') }, { weight: 3, arbitrary: tie('statement') }), { maxLength: 3 }))
    .map(([a, name, label, body]) => `${a}group ${name}${label ? ` ${label}` : ''} {\n${body.join('\n')}\n}`),
})).statement;

const header = fc.option(fc.tuple(stringLiteral, fc.option(blockOf('design'), { nil: undefined }))
  .map(([title, block]) => `design ${title}${block ? ` ${block}` : ''}`), { nil: undefined, freq: 3 });

/** What joins two pieces: whitespace of every line-ending style, and comments (a line comment always ends its line). */
const separator = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r\n\r\n') },
  { weight: 2, arbitrary: fc.constantFrom('\r', '\n\t', ' \t \n', '\n   \n', '\uFEFF\n') },
  { weight: 2, arbitrary: fc.constantFrom(' // note\n', '\n// own line\n', '\n// #region r\n', '\n// #endregion\n', ' /* c */\n', '\n/* two\n lines */\n', '//\n') },
);

/** Extra whitespace and comments slipped between the tokens of a statement (they must not change its meaning). */
function respace(text: string, noise: string[]): string {
  if (noise.length === 0) return text;
  let i = 0;
  // Only at spaces outside strings: a split inside a string literal would change the user's text.
  return text.replace(/"(?:[^"\\\r\n]|\\.)*"|( )/g, (whole, space: string | undefined) =>
    (space === undefined ? whole : noise[i++ % noise.length]));
}

const inlineNoise = fc.array(fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\n', '\r\n', ' /* x */ ', ' // eol\n', '/**/'), { maxLength: 12 });

export const design: fc.Arbitrary<string> = fc.tuple(
  header, fc.array(fc.tuple(statement, separator), { maxLength: 8 }), inlineNoise, fc.constantFrom('\n', '', '\r\n', '\n\n'),
).map(([head, statements, noise, end]) => {
  const body = statements.map(([s, sep]) => `${s}${sep}`).join('');
  return respace(`${head ? `${head}\n` : ''}${body}`, noise).trimEnd() + end;
});

// ---- mutations of real files ---------------------------------------------------------------------------

function sysdFilesUnder(url: URL): string[] {
  const found: string[] = [];
  for (const name of readdirSync(url)) {
    const child = new URL(name, url);
    if (statSync(child).isDirectory()) found.push(...sysdFilesUnder(new URL(`${name}/`, url)));
    else if (name.endsWith('.sysd')) found.push(readFileSync(child, 'utf8'));
  }
  return found;
}

/** The repository root, found from this file (tsx) or from the bundle's working directory (npm run fuzz). */
function root(): URL {
  return new URL(`file://${process.cwd()}/`);
}

export function corpus(): string[] {
  return [...sysdFilesUnder(new URL('examples/', root())), ...sysdFilesUnder(new URL('tests/fixtures/', root()))];
}

/** Rough token spans (words, strings, arrows, punctuation, whitespace runs): what delete/duplicate/swap move. */
function spans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const pattern = /\s+|<->|->|~>|\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"?|[{}[\]():,;@]|[^\s{}[\]():,;@"]+/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const NASTY = ['\u0000', '\uD800', '\uDC00', '\uDBFF\uDFFF', '😀', '👨‍👩‍👧', '\r\n', '\r', '\n', '\t', '\u2028', '\uFEFF', '\u200B', '\u202E',
  '{', '}', '[', ']', '(', ')', '"', '\\', '/*', '*/', '//', '->', '~>', '<->', '<', '>', '~', '@', ':', ',', ';', '..', '.', '-', '_', '%', '/', '0', '9_', 'é'];
const WORDS = ['service', 'group', 'design', 'scale', 'import', 'queue', 'true', 'cache', 'ttl:', 'engine', 'dlq', '1h', '10M', '99.9%', '2..20', '@allow(', 'x', '-'];

export type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number; length: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...NASTY), fc.constantFrom(...WORDS), unicodeText(3)) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let result = text;
  for (const m of mutations) {
    const pieces = spans(result);
    if (m.kind === 'insert') {
      const at = m.at % (result.length + 1);
      result = result.slice(0, at) + m.text + result.slice(at);
    } else if (m.kind === 'truncate') {
      result = result.slice(0, m.at % (result.length + 1));
    } else if (pieces.length > 0) {
      const first = m.at % pieces.length;
      if (m.kind === 'swap') {
        const [a, b] = [pieces[first], pieces[m.other % pieces.length]].sort((x, y) => x[0] - y[0]);
        if (a[0] === b[0]) continue;
        result = result.slice(0, a[0]) + result.slice(b[0], b[1]) + result.slice(a[1], b[0]) + result.slice(a[0], a[1]) + result.slice(b[1]);
      } else {
        const last = pieces[Math.min(pieces.length - 1, first + m.length - 1)];
        const [from, to] = [pieces[first][0], last[1]];
        result = m.kind === 'delete' ? result.slice(0, from) + result.slice(to) : result.slice(0, to) + result.slice(from, to) + result.slice(to);
      }
    }
  }
  return result;
}

/** One real file with one to six mutations; `seeds` is the corpus to pick from (examples and fixtures). */
export function mutated(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([text, ms]) => mutate(text, ms));
}

/** Generated designs mutated too: small valid-ish texts broken in one or two places reach the recovery paths fast. */
export const brokenDesign: fc.Arbitrary<string> = fc.tuple(design, fc.array(mutation, { minLength: 1, maxLength: 2 })).map(([text, ms]) => mutate(text, ms));

// ---- raw text --------------------------------------------------------------------------------------------

/** Characters that mean something to the lexer, so random strings over them reach deep into the parser. */
const SYSD_ALPHABET = ['{', '}', '[', ']', '(', ')', ':', ',', ';', '@', '"', '\\', '/', '*', '-', '>', '<', '~', '.', '_', '%', ' ', '\n', '\r', '\t',
  'a', 'x', 's', 'k', 'M', 'B', '1', '0', '9', 'service ', 'group ', 'design ', 'scale ', 'import ', 'true', '->', '\u0000', '😀', '\uD800'];

export const rawText: fc.Arbitrary<string> = fc.oneof(
  unicodeText(200),
  fc.array(fc.constantFrom(...SYSD_ALPHABET), { maxLength: 120 }).map((pieces) => pieces.join('')),
);
