// Hover: Markdown that teaches the system design behind whatever is under the cursor, drawn from docs/ and the model.
import type { ImportStatement, Position, Property, Range, Value } from './ast';
import type { Analysis } from './analysis';
import { ARROW_DOCS } from './docs/arrows';
import { enumValueDocs } from './docs/enums';
import { guideReasons } from './docs/guide';
import { kindDocs } from './docs/kinds';
import { propertyDocs, type PropertyOwner } from './docs/properties';
import { elementMarkdown, findingLines, findingsOf } from './hoverElement';
import { flowMarkdown, viewMarkdown } from './hoverViewFlow';
import { estimateMarkdown, quantityLines, rangeLines, type QuantityContext } from './hoverQuantity';
import { locate, type Target } from './locate';
import { baseName, type PropertyMap } from './model';
import { isRuleId, RULE_IDS } from './rules/ids';
import { ruleById } from './rules/registry';
import { describeSpec, propertiesOf, valueWord, type Owner } from './schema';
import { closest } from './suggest';

export interface HoverResult {
  markdown: string;
  /** The token the hover is about, highlighted by the editor. */
  range: Range;
}

const KEYWORD_DOCS = {
  group: '**group** — a box around related components: a region, an availability zone, a VPC, a tier, a trust boundary or a team (`kind: region | zone | vpc | tier | boundary | team`). Regions tell the rules how many places the design runs in; an `@allow` on a group covers everything inside.',
  import: '**import** — pulls the components of another `.sysd` file into this design (`import "shared/data.sysd"`). IDs share one namespace across imported files.',
  design: '**design** — the title of the design. One per file, first; the block may hold `description`, `version` and `owner`.',
} as const;

const ALLOW_DOC = '**@allow(rule-id, …, "reason")** — accepts a known trade-off: the listed rules stay silent for this element (on a group, for everything inside). Give a reason so the next reader knows why.';

/** The hover at `position` in `uri`, from the cached analysis (no re-parsing). */
export function hoverAt(analysis: Analysis, uri: string, position: Position): HoverResult | undefined {
  const file = analysis.model.files.get(uri);
  if (!file) return undefined;
  const target = locate(file, position);
  if (!target) return undefined;
  const markdown = markdownFor(analysis, uri, target);
  return markdown ? { markdown, range: target.range } : undefined;
}

function markdownFor(analysis: Analysis, uri: string, target: Target): string | undefined {
  switch (target.type) {
    case 'kind': return kindDocs[target.kind].markdown;
    case 'keyword': return KEYWORD_DOCS[target.keyword];
    case 'importPath': return importMarkdown(analysis, target.statement);
    // Connection rules report on the arrow: show them with what the arrow means.
    case 'arrow': return [ARROW_DOCS[target.arrow.kind], ...findingLines(findingsOf(analysis, undefined, { uri, range: target.range }))].join('\n');
    case 'scale': {
      const scale = analysis.model.scale?.block === target.statement
        ? analysis.model.scale.properties
        : propertyMap(target.statement.block.properties);
      return estimateMarkdown(scale);
    }
    case 'id': {
      const element = analysis.model.elements.get(target.name);
      const occurrence = { uri, range: target.range };
      if (element) return elementMarkdown(analysis, element, occurrence);
      return [`**${target.name}** — not declared in this design.`, ...findingLines(findingsOf(analysis, undefined, occurrence))].join('\n');
    }
    case 'property': return propertyMarkdown(target.property.name.name, target.owner);
    case 'value': return valueMarkdown(analysis, target.property, target.value, target.owner, target.statement ? siblingsOf(analysis, target) : undefined);
    case 'annotation': return annotationMarkdown(target.annotation.name.name, target.annotation.reason?.value, target.annotation.args.map((a) => a.name));
    case 'rule': return ruleMarkdown(target.id.name, target.annotation.reason?.value);
    case 'view': {
      const view = analysis.model.viewById.get(target.statement.id.name);
      return view?.statement === target.statement ? viewMarkdown(analysis, view) : undefined;
    }
    case 'flow': {
      const flow = analysis.model.flowById.get(target.statement.id.name);
      return flow?.statement === target.statement ? flowMarkdown(analysis, flow) : undefined;
    }
  }
}

/** Hover over an import path: which file it names and what that file brings into the design. */
function importMarkdown(analysis: Analysis, statement: ImportStatement): string {
  const target = analysis.model.importTargets.get(statement);
  if (!target || !analysis.model.files.has(target)) {
    return `**import** \`${statement.path?.value ?? ''}\` — no such file${target ? ` (looked for \`${target}\`)` : ''}.`;
  }
  const declared = [...analysis.model.components, ...analysis.model.groups].filter((element) => element.uri === target);
  const names = declared.slice(0, 12).map((element) => `\`${element.id}\``).join(', ');
  const more = declared.length > 12 ? `, … (${declared.length} in all)` : '';
  return [
    `**import** \`${statement.path?.value}\` → \`${baseName(target)}\``,
    '',
    declared.length === 0 ? 'The file declares no components.' : `Brings ${declared.length} declaration${declared.length === 1 ? '' : 's'} into this design: ${names}${more}.`,
  ].join('\n');
}

function propertyMap(properties: Property[]): PropertyMap {
  const map: PropertyMap = new Map();
  for (const property of properties) if (!map.has(property.name.name)) map.set(property.name.name, property);
  return map;
}

function siblingsOf(analysis: Analysis, target: Target & { type: 'value' }): PropertyMap {
  const statement = target.statement;
  if (statement?.type === 'component' || statement?.type === 'group') {
    const element = analysis.model.elements.get(statement.id.name);
    if (element && element.decl === statement) return element.properties;
  }
  if (statement?.type === 'component' && statement.block) return propertyMap(statement.block.properties);
  if (statement?.type === 'connection' && statement.block) return propertyMap(statement.block.properties);
  return new Map();
}

function ownerName(owner: Owner): string {
  if (owner === 'scale') return 'the `scale` block';
  if (owner === 'design') return 'the `design` header';
  if (owner === 'connection') return 'a connection';
  return `a \`${owner}\``;
}

/** Hover over a property name: what it means, the value it expects, and the allowed values. */
export function propertyMarkdown(name: string, owner: Owner): string {
  const spec = propertiesOf(owner)[name];
  if (!spec) {
    const suggestion = closest(name, Object.keys(propertiesOf(owner)));
    return `**${name}** is not a property of ${ownerName(owner)}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}\n\nAllowed: ${Object.keys(propertiesOf(owner)).map((p) => `\`${p}\``).join(', ')}`;
  }
  const doc = propertyDocs[name];
  const lines = [`**${name}** · property of ${ownerName(owner)}`, ''];
  if (doc) lines.push(doc.markdown);
  const specific = owner === 'design' ? undefined : doc?.byKind?.[owner as PropertyOwner];
  if (specific) lines.push('', `*On ${ownerName(owner)}:* ${specific}`);
  lines.push('', `**Value:** ${describeSpec(spec)}`);
  if (spec.type === 'enum' || spec.type === 'openEnum' || (spec.type === 'list' && spec.of.type === 'enum')) {
    const values = spec.type === 'list' ? (spec.of as { values: readonly string[] }).values : spec.values;
    const docs = valueDocs(owner, name);
    lines.push('');
    for (const value of values) lines.push(`- \`${value}\`${docs?.[value] ? ` — ${firstSentence(docs[value])}` : ''}`);
  }
  return lines.join('\n');
}

function valueDocs(owner: Owner, property: string): Record<string, string> | undefined {
  return enumValueDocs[`${owner}.${property}`] ?? enumValueDocs[property];
}

/** The first sentence of a value doc without its bold title, for compact lists. */
function firstSentence(markdown: string): string {
  const body = markdown.replace(/^\*\*[^*]+\*\*\s*—\s*/, '');
  const end = body.search(/\.(\s|$)/);
  return end === -1 ? body : body.slice(0, end + 1);
}

/** Hover over a value: what an enum choice means, or what a quantity amounts to. */
export function valueMarkdown(analysis: Analysis, property: Property, value: Value, owner: Owner, siblings?: PropertyMap): string | undefined {
  const name = property.name.name;
  const spec = propertiesOf(owner)[name];
  const itemSpec = spec?.type === 'list' ? spec.of : spec;
  const context: QuantityContext = { property: name, owner, scale: analysis.model.scale?.properties, siblings };
  if (itemSpec && (itemSpec.type === 'enum' || itemSpec.type === 'openEnum')) {
    const word = valueWord(value);
    if (word === undefined) return undefined;
    const docs = valueDocs(owner, name);
    // `engine: constructor` must not find Object.prototype's members.
    const doc = docs && Object.hasOwn(docs, word) ? docs[word] : undefined;
    if (doc) return `${doc}\n\n*\`${name}\` of ${ownerName(owner)}*`;
    const known = itemSpec.values.includes(word);
    return known ? `\`${name}: ${word}\`` : `\`${word}\` is not a known \`${name}\`: expected ${describeSpec(itemSpec)}.`;
  }
  switch (value.type) {
    case 'quantity': return [`**${name}: ${value.quantity.text}**`, '', ...quantityLines(value.quantity, context)].join('\n');
    case 'range': return [`**${name}: ${value.min}..${value.max}**`, '', ...rangeLines(value, context)].join('\n');
    case 'boolean': {
      const doc = propertyDocs[name];
      return `**${name}: ${value.value}**${doc ? `\n\n${doc.summary}` : ''}`;
    }
    default: return undefined;
  }
}

/** Hover over `@allow`: what it does, the rules it silences and the reason given. */
export function annotationMarkdown(name: string, reason: string | undefined, rules: string[]): string {
  if (name !== 'allow') return `**@${name}** is not an annotation sysd knows. Use \`@allow(rule-id, "reason")\`.`;
  const lines = [ALLOW_DOC];
  if (rules.length > 0) lines.push('', `Silences: ${rules.map((r) => `\`${r}\``).join(', ')}`);
  lines.push('', reason ? `**Reason:** ${reason}` : '*No reason given.*');
  return lines.join('\n');
}

/** Hover over a rule id inside `@allow(...)`: the rule, why it exists, and why it is allowed here. */
export function ruleMarkdown(id: string, reason: string | undefined): string {
  if (!isRuleId(id)) {
    const suggestion = closest(id, RULE_IDS);
    return `**${id}** is not a sysd rule.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`;
  }
  const rule = ruleById(id);
  const lines = [`**${id}** · ${rule ? `${rule.category} rule, ${rule.severity} by default` : 'best-practice rule'}`, ''];
  if (rule) lines.push(`${rule.description}`, '');
  const why = guideReasons[id];
  if (why) lines.push(why);
  lines.push('', reason ? `**Allowed here because:** ${reason}` : '*Allowed here without a reason.*');
  return lines.join('\n');
}
