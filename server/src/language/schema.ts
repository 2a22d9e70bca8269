// zod schemas: which properties each component kind, group, connection and the scale block accept, and their values.
import { z } from 'zod';
import type { ComponentKind, Dimension, Value } from './ast';
import { COMPONENT_KINDS } from './ast';
import { KINDS } from './kinds';
import { bool, count, duration, enumOf, percent, rate, size, text, type ValueSpec } from './kinds/specs';
import { describeDimension, parseQuantity } from './quantities';

export type { ValueSpec } from './kinds/specs';
export { DATABASE_ENGINES } from './kinds/database';

export type Owner = ComponentKind | 'group' | 'connection' | 'scale' | 'design' | 'view' | 'flow' | 'step';
type OtherOwner = Exclude<Owner, ComponentKind>;

const common: Record<string, ValueSpec> = {
  description: { type: 'string' },
  technology: { type: 'string' },
  owner: { type: 'string' },
  tags: { type: 'list', of: text },
  // What the component itself promises (v2).
  availability: percent,
};

/** Any component or group (what a view shows or leaves out), or a group alone (what it collapses). */
const elementReference: ValueSpec = { type: 'reference', kinds: COMPONENT_KINDS, groups: true };
const elementReferences: ValueSpec = { type: 'list', of: elementReference };

const otherProperties: Record<OtherOwner, Record<string, ValueSpec>> = {
  group: { kind: enumOf('region', 'zone', 'vpc', 'tier', 'boundary', 'team'), description: { type: 'string' } },
  connection: {
    protocol: enumOf('http', 'https', 'grpc', 'rpc', 'websocket', 'wss', 'tcp', 'udp', 'amqp', 'kafka', 'sql', 'redis', 'smtp', 'ssh'),
    qps: rate,
    timeout: duration,
    retries: count(0),
    tls: bool,
    access: enumOf('read', 'write', 'read-write'),
    // The time the hop adds, the callee's work included.
    latency: duration,
    // A scheduled call (a reload every 2 minutes) that is part of no request.
    periodic: duration,
    description: { type: 'string' },
  },
  scale: {
    users: count(0),
    dau: count(0),
    mau: count(0),
    concurrent_users: count(0),
    requests: rate,
    reads: rate,
    writes: rate,
    read_write_ratio: { type: 'quantity', dimensions: ['number'], min: 0, exclusiveMin: true },
    peak_factor: { type: 'quantity', dimensions: ['factor', 'number'], min: 1 },
    storage: size,
    storage_growth: { type: 'quantity', dimensions: ['dataRate'], min: 0 },
    retention: duration,
    bandwidth: { type: 'quantity', dimensions: ['dataRate'], min: 0 },
    availability: percent,
    latency_p99: duration,
  },
  design: { description: { type: 'string' }, version: text, owner: { type: 'string' } },
  view: {
    include: elementReferences,
    kinds: { type: 'list', of: enumOf(...COMPONENT_KINDS) },
    tags: { type: 'list', of: text },
    around: elementReference,
    depth: count(0),
    exclude: elementReferences,
    collapse: { type: 'list', of: { type: 'reference', kinds: [], groups: true } },
    direction: enumOf('right', 'down'),
    description: { type: 'string' },
  },
  flow: { latency_budget: duration, availability_budget: percent, description: { type: 'string' } },
  step: { latency: duration, description: { type: 'string' } },
};

/** Property tables without a prototype, so a property named `constructor` or `__proto__` is simply unknown. */
function table(...parts: Array<Record<string, ValueSpec>>): Record<string, ValueSpec> {
  return Object.assign(Object.create(null) as Record<string, ValueSpec>, ...parts);
}

const componentProperties = Object.fromEntries(KINDS.map((kind) => [kind.name, table(kind.properties, common)])) as Record<ComponentKind, Record<string, ValueSpec>>;
const ownerProperties = Object.fromEntries(Object.entries(otherProperties).map(([owner, specs]) => [owner, table(specs)])) as Record<OtherOwner, Record<string, ValueSpec>>;

/** Every property an owner accepts, with its value spec (shared objects: do not modify). */
export function propertiesOf(owner: Owner): Readonly<Record<string, ValueSpec>> {
  return (ownerProperties as Record<string, Record<string, ValueSpec>>)[owner] ?? componentProperties[owner as ComponentKind];
}

/** What a reference may name, in words: `database or storage`, `component or group`, `group`. */
export function referenceTargets(spec: ValueSpec & { type: 'reference' }): string {
  const names: string[] = spec.kinds.length === COMPONENT_KINDS.length ? ['component'] : [...spec.kinds];
  if (spec.groups) names.push('group');
  return names.join(' or ');
}

/** Whether a reference may name this component or group. */
export function referenceAccepts(spec: ValueSpec & { type: 'reference' }, target: { type: 'component'; kind: ComponentKind } | { type: 'group' }): boolean {
  return target.type === 'group' ? spec.groups === true : spec.kinds.includes(target.kind);
}

const synonyms = new Map<string, string>(KINDS.flatMap((kind) => (kind.synonyms ?? []).flatMap(([a, b]) => [[`${kind.name}.${a}`, b], [`${kind.name}.${b}`, a]] as const)));

/** The property that says the same as `name` on this owner (`sla` for `availability` on an external), if any. */
export function synonymOf(owner: Owner, name: string): string | undefined {
  return synonyms.get(`${owner}.${name}`);
}

export const OWNERS: readonly Owner[] = [...COMPONENT_KINDS, 'group', 'connection', 'scale', 'design', 'view', 'flow', 'step'];

/** A one-line description of what a spec expects, used in messages, completion and hover. */
export function describeSpec(spec: ValueSpec): string {
  switch (spec.type) {
    case 'enum': return `one of ${spec.values.map((v) => `\`${v}\``).join(', ')}`;
    case 'openEnum': return `an engine such as ${spec.values.slice(0, 6).map((v) => `\`${v}\``).join(', ')}`;
    case 'quantity': {
      const kinds = spec.dimensions.map(describeDimension).join(' or ');
      if (spec.integer) return spec.min !== undefined ? `a whole number ≥ ${spec.min}` : 'a whole number';
      return spec.orTrue ? `${kinds} or \`true\`` : kinds;
    }
    case 'boolean': return '`true` or `false`';
    case 'string': return 'a string in quotes';
    case 'text': return 'a name or a string';
    case 'reference': return `the ID of a ${referenceTargets(spec)}`;
    case 'range': return `a range of whole numbers such as \`2..20\``;
    case 'list': return spec.alone ? `${describeSpec(spec.of)}, or a list [ … ] of them` : `a list [ … ] of ${describeSpec(spec.of)}`;
  }
}

function shownValue(value: Value): string {
  switch (value.type) {
    case 'quantity': return `'${value.quantity.text}' (${describeDimension(value.quantity.dimension).replace(/ \(.*\)/, '')})`;
    case 'string': return 'a string';
    case 'identifier': return `'${value.name}'`;
    case 'boolean': return `'${value.value}'`;
    case 'range': return `the range '${value.min}..${value.max}'`;
    case 'list': return 'a list';
  }
}

/** The word an enum-like value spells, whether written as an ID, a string or a number (`layer: 7`). */
export function valueWord(value: Value): string | undefined {
  if (value.type === 'identifier') return value.name;
  if (value.type === 'string') return value.value;
  if (value.type === 'quantity' && value.quantity.dimension === 'number' && value.quantity.unit === '') return value.quantity.text;
  if (value.type === 'boolean') return String(value.value);
  return undefined;
}

export interface ValueProblem {
  code: 'invalid-value' | 'value-out-of-range' | 'unknown-enum-value' | 'unknown-engine';
  message: string;
  /** The offending part (a list item) when it is not the whole value. */
  at: Value;
  suggestion?: string;
}

/** Each spec's zod schema, built once: checking a value is on the path of every keystroke. */
const compiled = new WeakMap<ValueSpec, z.ZodType<unknown>>();

function zodFor(spec: ValueSpec): z.ZodType<unknown> {
  let schema = compiled.get(spec);
  if (!schema) compiled.set(spec, (schema = compileZod(spec)));
  return schema;
}

function compileZod(spec: ValueSpec): z.ZodType<unknown> {
  switch (spec.type) {
    case 'enum':
    case 'openEnum':
      return z.custom<Value>((value) => valueWord(value as Value) !== undefined && (value as Value).type !== 'boolean');
    case 'quantity': {
      const quantity = z.object({ type: z.literal('quantity'), quantity: z.object({ dimension: z.enum(spec.dimensions as [Dimension, ...Dimension[]]) }) });
      // `false` has the same shape as `true`: checkValue turns it down.
      return spec.orTrue ? z.union([quantity, z.object({ type: z.literal('boolean') })]) : quantity;
    }
    case 'boolean': return z.object({ type: z.literal('boolean') });
    // Free text takes a bare ID too (`provider: route53`).
    case 'string': return z.object({ type: z.enum(['string', 'identifier']) });
    case 'text':
    case 'reference':
      return z.object({ type: z.enum(spec.type === 'text' ? ['identifier', 'string'] : ['identifier']) });
    case 'range': return z.object({ type: z.literal('range') });
    case 'list': return spec.alone ? z.union([z.object({ type: z.literal('list') }), zodFor(spec.of)]) : z.object({ type: z.literal('list') });
  }
}

/**
 * The zod schemas above look only at a value's shape: its type and, for a quantity, its dimension and whether it has a
 * unit. So zod's verdict is asked once per spec and shape and remembered: safeParse on every property of a large
 * design was a tenth of a full check. (Change `shapeOf` if a schema ever looks at more.)
 */
const verdicts = new WeakMap<ValueSpec, Map<string, boolean>>();

function shapeOf(value: Value): string {
  return value.type === 'quantity' ? `quantity:${value.quantity.dimension}:${value.quantity.unit === '' ? 'plain' : 'unit'}` : value.type;
}

function accepts(spec: ValueSpec, value: Value): boolean {
  let known = verdicts.get(spec);
  if (!known) verdicts.set(spec, (known = new Map()));
  const shape = shapeOf(value);
  let verdict = known.get(shape);
  if (verdict === undefined) known.set(shape, (verdict = zodFor(spec).safeParse(value).success));
  return verdict;
}

function closestWord(word: string, values: readonly string[]): string | undefined {
  return values.find((v) => v.toLowerCase() === word.toLowerCase()) ??
    values.find((v) => v.replace(/[-_]/g, '') === word.replace(/[-_]/g, '').toLowerCase());
}

/** Checks one value against its spec; returns every problem found (none when valid). */
export function checkValue(name: string, spec: ValueSpec, value: Value): ValueProblem[] {
  if (!accepts(spec, value)) {
    return [{ code: 'invalid-value', at: value, message: `'${name}' expects ${describeSpec(spec)}, not ${shownValue(value)}.` }];
  }
  switch (spec.type) {
    case 'enum': {
      const word = valueWord(value) as string;
      if (spec.values.includes(word)) return [];
      const suggestion = closestWord(word, spec.values);
      return [{
        code: 'unknown-enum-value', at: value, suggestion,
        message: `'${word}' is not a valid '${name}': expected ${describeSpec(spec)}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      }];
    }
    case 'openEnum': {
      const word = valueWord(value) as string;
      if (spec.values.includes(word)) return [];
      return [{ code: 'unknown-engine', at: value, message: `sysd does not know the engine '${word}'; known engines: ${spec.values.join(', ')}. Hovers and rules treat it as generic.` }];
    }
    case 'quantity': {
      if (value.type === 'boolean' && !value.value) {
        return [{ code: 'invalid-value', at: value, message: `'${name}' expects ${describeSpec(spec)}, not 'false': leave it out when there is none.` }];
      }
      if (value.type !== 'quantity') return [];
      const q = value.quantity;
      if (spec.integer && (!Number.isInteger(q.value))) {
        return [{ code: 'invalid-value', at: value, message: `'${name}' expects ${describeSpec(spec)}, not '${q.text}'.` }];
      }
      const tooSmall = spec.min !== undefined && (spec.exclusiveMin ? q.value <= spec.min : q.value < spec.min);
      const tooLarge = spec.max !== undefined && q.value > spec.max;
      if (tooSmall || tooLarge) {
        const bound = tooSmall ? `${spec.exclusiveMin ? 'greater than' : 'at least'} ${spec.min}` : `at most ${spec.max}`;
        return [{ code: 'value-out-of-range', at: value, message: `'${name}' must be ${bound}, but is '${q.text}'.` }];
      }
      return [];
    }
    case 'range': {
      if (value.type !== 'range') return [];
      if (value.min < spec.min) return [{ code: 'value-out-of-range', at: value, message: `'${name}' must start at ${spec.min} or more, but starts at ${value.min}.` }];
      if (value.min > value.max) return [{ code: 'value-out-of-range', at: value, message: `'${name}' range ${value.min}..${value.max} is empty: the minimum must not exceed the maximum.` }];
      return [];
    }
    case 'list':
      if (value.type === 'list') return value.items.flatMap((item) => checkValue(name, spec.of, item));
      return spec.alone ? checkValue(name, spec.of, value) : [];
    default:
      return [];
  }
}

function isSize(text: string): boolean {
  const parsed = parseQuantity(text);
  return parsed.ok && parsed.quantity.dimension === 'size';
}

/** `sysd.config.json` and the `sysd.rules` setting share this shape. */
export const RuleSeveritySchema = z.enum(['off', 'hint', 'info', 'warning', 'error']);
export type RuleSeverity = z.infer<typeof RuleSeveritySchema>;

export const ConfigSchema = z.object({
  $schema: z.string().optional(),
  rules: z.record(z.string(), RuleSeveritySchema).default({}),
  requireAllowReason: z.boolean().default(false),
  maxSyncDepth: z.number().int().min(1).default(4),
  /** The data one database node holds before it must be sharded (storage-beyond-one-node): a size such as `10TB`. */
  maxNodeStorage: z.string().refine(isSize, { message: 'expected a data size such as "10TB"' }).default('10TB'),
  exclude: z.array(z.string()).default([]),
}).strict();
export type SysdConfig = z.infer<typeof ConfigSchema>;
export const DEFAULT_CONFIG: SysdConfig = ConfigSchema.parse({});
