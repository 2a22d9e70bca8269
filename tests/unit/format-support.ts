// Random designs for the formatter's property tests: every statement form, random whitespace and comments between tokens.
import fc from 'fast-check';
import { encodeString } from '../../server/src/language/strings';

const ids = ['api', 'db', 'web', 'clicks-dlq', 'a_1', 'Edge2'];
const kinds = ['service', 'database', 'cache', 'queue', 'client', 'worker'];
const id = fc.constantFrom(...ids);
const label = fc.string({ maxLength: 12 }).map((s) => encodeString(s));
const scalar = fc.oneof(
  fc.constantFrom('3', '1h', '10M', '5k/s', '99.9%', '5x', '91TB', '1_000', '2..20', 'true', 'false', 'redis', 'at-least-once'),
  label,
);
const value = fc.oneof({ weight: 4, arbitrary: scalar.map((v) => [v]) }, {
  weight: 1,
  arbitrary: fc.array(fc.constantFrom('static', 'images', '"x"'), { maxLength: 3 }).map((items) => ['[', ...items.flatMap((item, i) => (i > 0 ? [',', item] : [item])), ']']),
});
const property = fc.tuple(fc.constantFrom('ttl', 'engine', 'instances', 'description', 'tags', 'timeout'), value, fc.constantFrom('', ',', ';'))
  .map(([name, v, sep]) => [name, ':', ...v, ...(sep ? [sep] : [])]);
const block = fc.array(property, { maxLength: 4 }).map((props) => ['{', ...props.flat(), '}']);
const annotation = fc.option(fc.constantFrom(['@', 'allow', '(', 'orphan-component', ')'], ['@', 'allow', '(', 'no-timeout', ',', '"why"', ')'], ['@', 'note']), { nil: undefined });
const component = fc.tuple(annotation, fc.constantFrom(...kinds), id, fc.option(label, { nil: undefined }), fc.option(block, { nil: undefined }))
  .map(([a, kind, name, l, b]) => [...(a ?? []), kind, name, ...(l ? [l] : []), ...(b ?? [])]);
const connection = fc.tuple(id, fc.array(fc.tuple(fc.constantFrom('->', '~>', '<->'), fc.array(id, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 }),
  fc.option(label, { nil: undefined }), fc.option(block, { nil: undefined }))
  .map(([source, hops, l, b]) => [source, ...hops.flatMap(([arrow, targets]) => [arrow, ...targets.flatMap((t, i) => (i > 0 ? [',', t] : [t]))]), ...(l ? [':', l] : []), ...(b ?? [])]);
const group = fc.tuple(id, fc.array(fc.oneof(component, property), { maxLength: 3 }))
  .map(([name, items]) => ['group', name, '{', ...items.flat(), '}']);
const statement = fc.oneof(component, connection, group, block.map((b) => ['scale', ...b]), fc.constant(['import', '"other.sysd"']));
export const design = fc.tuple(fc.option(label.map((l) => ['design', l]), { nil: undefined }), fc.array(statement, { maxLength: 6 }))
  .map(([header, statements]) => [...(header ?? []), ...statements.flat()]);

/** What goes between two tokens: whitespace, sometimes a comment (a line comment always ends its line). */
export const separator = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(' ', '  ', '\n', '\n\n\n', '\t', ' \n  ') },
  { weight: 1, arbitrary: fc.constantFrom(' /* c */ ', '/* two\n lines */', ' // note\n', '\n// own line\n', '  // #region x\n') },
);

export function spaced(tokens: string[], separators: string[]): string {
  return tokens.map((token, i) => (i === 0 ? token : `${separators[i % separators.length] ?? ' '}${token}`)).join('') + '\n';
}

