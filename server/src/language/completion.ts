// Completion: what may be typed at the cursor (kinds, snippets, properties, values, units, arrows, IDs, rule ids), with docs from docs/.
import type { ArrowKind, Dimension, Position, Range } from './ast';
import { ARROW_TEXT, COMPONENT_KINDS } from './ast';
import type { Analysis } from './analysis';
import { completionSite, type CompletionSite } from './completionContext';
import { componentSnippets, expandSnippet, STARTER_DESIGN } from './completionSnippets';
import { comparePositions } from './locate';
import { ARROW_DOCS } from './docs/arrows';
import { enumValueDocs } from './docs/enums';
import { guideReasons } from './docs/guide';
import { kindDocs } from './docs/kinds';
import { propertyDocs, type PropertyOwner } from './docs/properties';
import type { Element } from './model';
import { formatQuantity, parseQuantity, PER } from './quantities';
import { RULE_IDS } from './rules/ids';
import { ruleById } from './rules/registry';
import { describeSpec, propertiesOf, referenceAccepts, type Owner, type ValueSpec } from './schema';

export type CompletionKind = 'kind' | 'keyword' | 'property' | 'value' | 'component' | 'rule' | 'unit' | 'snippet' | 'file';

export interface Completion {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** What to insert instead of the label; a snippet when `snippet` is true. */
  insertText?: string;
  snippet?: boolean;
  /** The text the item replaces: the word being typed. */
  range: Range;
  /** Lower sorts first; items of equal rank keep alphabetical order. */
  sortText?: string;
  filterText?: string;
}

/**
 * Completions at `position` of `text`; `analysis` (of the same text) supplies the names of the design.
 * `importable` lists the .sysd files an `import` could name (the path to write, relative to this file, and the
 * file's uri); it is only called when the cursor is in an import path, since the core does not read the disk.
 */
export function completionsAt(
  analysis: Analysis | undefined, text: string, position: Position, importable: () => ImportableFile[] = () => [],
): Completion[] {
  return completionListAt(analysis, text, position, importable).items;
}

export interface CompletionList {
  items: Completion[];
  /**
   * The items change as the word grows, so the editor must ask again on each keystroke rather than filter this
   * list: `timeout: ` offers example durations, but once `5` is typed the list is `5ms`, `5s`, …, and snippets
   * offered on an empty line give way to the bare keyword once a word is typed.
   */
  isIncomplete: boolean;
}

export function completionListAt(
  analysis: Analysis | undefined, text: string, position: Position, importable: () => ImportableFile[] = () => [],
): CompletionList {
  // The analysis is of this same text, so its parse tells where statements start (see lexAround).
  const file = analysis?.model.files.get(analysis.uri);
  const site = completionSite(text, position, file);
  if (site.type === 'importPath') return { items: importPathItems(site, analysis, importable()), isIncomplete: false };
  return { items: completionsFor(site, analysis), isIncomplete: changesAsTyped(site) };
}

function changesAsTyped(site: CompletionSite): boolean {
  switch (site.type) {
    case 'unit': return true;
    case 'statement': return site.word === '';
    case 'value': {
      const spec = propertiesOf(site.owner)[site.property];
      const itemSpec = spec?.type === 'list' ? spec.of : spec;
      return itemSpec?.type === 'quantity' || itemSpec?.type === 'range';
    }
    default: return false;
  }
}

export interface ImportableFile {
  /** As written in the import: relative to the importing file, e.g. `./shared/data.sysd`. */
  path: string;
  uri: string;
}

/** The files an import may name: not this file, not one already imported; nearest first. */
function importPathItems(site: CompletionSite & { type: 'importPath' }, analysis: Analysis | undefined, files: ImportableFile[]): Completion[] {
  const taken = new Set(analysis ? [analysis.uri, ...analysis.model.importTargets.values()] : []);
  return files
    .filter((file) => !taken.has(file.uri))
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((file) => ({ label: file.path, kind: 'file' as const, detail: 'sysd design', range: site.range, sortText: `${file.path.split('/').length}${file.path}` }));
}

export function completionsFor(site: CompletionSite, analysis: Analysis | undefined): Completion[] {
  const elements = analysis ? [...analysis.model.elements.values()] : [];
  switch (site.type) {
    case 'none': case 'importPath': return [];
    case 'statement': return statementItems(site, elements, analysis);
    case 'property': return propertyItems(site.owner, site.present, site.range);
    case 'value': return valueItems(site, elements);
    case 'unit': return unitItems(site);
    case 'target': return targetItems(site, elements);
    case 'arrow': return arrowItems(site);
    case 'annotation': return [{ label: 'allow', kind: 'keyword', detail: '@allow(rule-id, "reason")', insertText: 'allow(${1:rule-id}, "${2:reason}")', snippet: true, range: site.range, documentation: 'Accepts a known trade-off: the listed rules stay silent for this element.' }];
    case 'rule': return RULE_IDS.filter((id) => !site.present.includes(id)).map((id) => ({
      label: id, kind: 'rule', detail: ruleById(id)?.description ?? 'best-practice rule', documentation: guideReasons[id], range: site.range,
    }));
  }
}

function statementItems(site: CompletionSite & { type: 'statement' }, elements: Element[], analysis: Analysis | undefined): Completion[] {
  const items: Completion[] = COMPONENT_KINDS.map((kind) => ({
    label: kind, kind: 'kind', detail: kindDocs[kind].title, documentation: kindDocs[kind].markdown, insertText: `${kind} `, range: site.range, sortText: `1${kind}`,
  }));
  items.push({ label: 'group', kind: 'keyword', detail: 'a box around related components', insertText: 'group ${1:id} "${2:Label}" {\n  kind: ${3|region,zone,vpc,tier,boundary,team|}\n  $0\n}', snippet: true, range: site.range, sortText: '2group' });
  if (site.topLevel) {
    // Plain keywords, not snippets: a view's or flow's body depends on the design, so there is no one good skeleton.
    items.push(
      { label: 'view', kind: 'keyword', detail: 'a named picture of part of the design', insertText: 'view ', range: site.range, sortText: '2view' },
      { label: 'flow', kind: 'keyword', detail: 'one request path, step by step', insertText: 'flow ', range: site.range, sortText: '2flow' },
    );
    const file = analysis?.model.files.get(analysis.uri);
    const first = !file?.statements.some((st) => comparePositions(st.range.start, site.range.start) < 0);
    if (!file?.design && first) {
      items.push({ label: 'design', kind: 'keyword', detail: 'the title of the design (first line)', insertText: 'design "${1:My system}"\n$0', snippet: true, range: site.range, sortText: '0design' });
    }
    if (!analysis?.model.scale) {
      items.push({ label: 'scale', kind: 'keyword', detail: 'the back-of-the-envelope estimate', insertText: 'scale {\n  dau: ${1:10M}\n  writes: ${2:100M/day}\n  read_write_ratio: ${3:10}\n  peak_factor: ${4:3x}\n  availability: ${5:99.9%}\n}$0', snippet: true, range: site.range, sortText: '2scale' });
    }
    items.push({ label: 'import', kind: 'keyword', detail: 'components from another .sysd file', insertText: 'import "${1:shared.sysd}"$0', snippet: true, range: site.range, sortText: '2import' });
  }
  if (site.group) items.push(...propertyItems('group', site.present, site.range).map((item) => ({ ...item, sortText: `0${item.label}` })));
  for (const element of elements) {
    items.push({ label: element.id, kind: 'component', detail: `${element.type === 'group' ? 'group' : element.kind}${element.label ? ` — ${element.label}` : ''} (start a connection)`, range: site.range, sortText: `3${element.id}` });
  }
  // A snippet and its kind would be two entries for one word (`ca` gave `cache` twice): snippets only before typing.
  if (site.word !== '') return items;
  if (site.topLevel && !analysis?.model.files.get(analysis.uri)?.statements.length) {
    items.push({
      label: 'starter design', kind: 'snippet', detail: 'a small design that passes every best-practice rule',
      documentation: `Start here: a scale estimate, an edge, a service and a data tier.\n\n\`\`\`sysd\n${expandSnippet(STARTER_DESIGN)}\n\`\`\``,
      insertText: STARTER_DESIGN, snippet: true, range: site.range, sortText: '0starter',
    });
  }
  const taken = (id: string) => analysis?.model.elements.has(id) ?? false;
  for (const snippet of componentSnippets(taken)) {
    items.push({
      label: `${snippet.kind} { … }`, kind: 'snippet', detail: `${kindDocs[snippet.kind].title} with recommended properties`,
      documentation: `${snippet.why}\n\n\`\`\`sysd\n${expandSnippet(snippet.body)}\n\`\`\``,
      insertText: snippet.body, snippet: true, filterText: snippet.kind, range: site.range, sortText: `4${snippet.kind}`,
    });
  }
  return items;
}

function snippetFor(spec: ValueSpec): string {
  switch (spec.type) {
    // An engine list offers the engines sysd knows; another may still be typed over the choice.
    case 'enum':
    case 'openEnum': return `\${1|${spec.values.join(',')}|}`;
    case 'boolean': return '${1|true,false|}';
    case 'string': return '"$1"';
    case 'list': return spec.alone ? '$1' : '[$1]';
    default: return '$1';
  }
}

function propertyItems(owner: Owner, present: string[], range: Range): Completion[] {
  const specs = propertiesOf(owner);
  return Object.entries(specs).filter(([name]) => !present.includes(name)).map(([name, spec]) => {
    const doc = propertyDocs[name];
    const specific = owner === 'design' ? undefined : doc?.byKind?.[owner as PropertyOwner];
    return {
      label: name, kind: 'property' as const, detail: describeSpec(spec).replace(/`/g, ''),
      documentation: [doc?.markdown, specific && `*Here:* ${specific}`].filter(Boolean).join('\n\n') || undefined,
      insertText: `${name}: ${snippetFor(spec)}`, snippet: true, range,
      // Properties common to every kind come after the ones of this kind.
      sortText: `${['description', 'technology', 'owner', 'tags'].includes(name) ? 1 : 0}${name}`,
    };
  });
}

function valueDocs(owner: Owner, property: string): Record<string, string> | undefined {
  return enumValueDocs[`${owner}.${property}`] ?? enumValueDocs[property];
}

/** Example values for properties that take a quantity or a range, typed by their dimension. */
const EXAMPLES: Record<Dimension | 'range', string[]> = {
  duration: ['500ms', '2s', '30s', '1h', '1d', '7d'],
  size: ['512MB', '2GB', '100GB', '1TB'],
  rate: ['100/s', '1k/s', '10k/s', '1M/day', '100M/day'],
  dataRate: ['10MB/s', '100GB/day', '1Gbps'],
  percent: ['99.9%', '99.95%', '99.99%'],
  factor: ['2x', '3x', '5x'],
  number: [],
  range: ['2..10', '3..20'],
};

function valueItems(site: CompletionSite & { type: 'value' }, elements: Element[]): Completion[] {
  const spec = propertiesOf(site.owner)[site.property];
  if (!spec) return [];
  const itemSpec = spec.type === 'list' ? spec.of : spec;
  const range = site.range;
  const wrap = (value: string) => (spec.type === 'list' && !spec.alone && !site.inList ? `[${value}]` : value);
  switch (itemSpec.type) {
    case 'enum':
    case 'openEnum': {
      const docs = valueDocs(site.owner, site.property);
      return itemSpec.values.filter((v) => !site.present.includes(v)).map((value, index) => ({
        label: value, kind: 'value' as const, detail: `${site.property}`, documentation: docs?.[value], insertText: wrap(value), range,
        sortText: String(index).padStart(3, '0'),
      }));
    }
    case 'boolean':
      return ['true', 'false'].map((value) => ({ label: value, kind: 'value' as const, detail: site.property, documentation: propertyDocs[site.property]?.summary, range }));
    case 'reference':
      return elements
        .filter((e) => referenceAccepts(itemSpec, e) && e.id !== site.component && !site.present.includes(e.id))
        .map((e) => ({ label: e.id, kind: 'component' as const, detail: `${e.type === 'component' ? e.kind : 'group'}${e.label ? ` — ${e.label}` : ''}`, range }));
    case 'quantity': {
      const examples = itemSpec.dimensions.flatMap((d) => EXAMPLES[d]);
      // `rate_limit: true`: the feature is there, its figure not stated; offered after the figures.
      if (itemSpec.orTrue) examples.push('true');
      return examples.map((example, index) => ({ label: example, kind: 'value' as const, detail: describeSpec(itemSpec), range, sortText: String(index).padStart(3, '0') }));
    }
    case 'range':
      return EXAMPLES.range.map((example) => ({ label: example, kind: 'value' as const, detail: 'min..max instances', range }));
    default:
      return [];
  }
}

/** Units by dimension, in the order people reach for them. */
const UNITS: Record<Dimension, string[]> = {
  duration: ['ms', 's', 'min', 'h', 'd', 'w', 'y'],
  size: ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'TiB'],
  rate: [...Object.keys(PER).map((per) => `/${per}`), 'k/s', 'M/day', 'M/month', 'B/day'],
  dataRate: ['Mbps', 'Gbps', 'MB/s', 'GB/s', 'GB/day', 'TB/day', 'TB/month'],
  percent: ['%'],
  factor: ['x'],
  number: ['k', 'M', 'B'],
};
const MAGNITUDE = /^[kKMBGT]$/;

function unitItems(site: CompletionSite & { type: 'unit' }): Completion[] {
  const spec = site.owner && site.property ? propertiesOf(site.owner)[site.property] : undefined;
  const itemSpec = spec?.type === 'list' ? spec.of : spec;
  if (itemSpec && itemSpec.type !== 'quantity') return [];
  const dimensions: readonly Dimension[] = itemSpec?.type === 'quantity' ? itemSpec.dimensions : ['duration', 'size', 'rate', 'dataRate', 'percent', 'factor', 'number'];
  const magnitude = site.unit.split('/')[0];
  const candidates = new Set<string>();
  for (const dimension of dimensions) {
    for (const unit of UNITS[dimension]) {
      if (MAGNITUDE.test(magnitude) && dimension === 'rate') {
        // `100M` already has its magnitude: only the period is missing.
        if (unit.startsWith('/')) candidates.add(`${magnitude}${unit}`);
      } else candidates.add(unit);
    }
  }
  const items: Completion[] = [];
  let index = 0;
  for (const unit of candidates) {
    const text = `${site.number}${unit}`;
    const parsed = parseQuantity(text);
    if (!parsed.ok || !dimensions.includes(parsed.quantity.dimension)) continue;
    if (!text.startsWith(site.number + site.unit)) continue;
    items.push({
      label: text, kind: 'unit', detail: `= ${formatQuantity(parsed.quantity)}`, range: site.range, filterText: text,
      sortText: String(index++).padStart(3, '0'),
    });
  }
  return items;
}

/** After `~>` the usual target carries the messages (queues, topics), then what consumes them (workers, functions). */
const ASYNC_TARGET_RANK: Record<string, number> = { queue: 0, topic: 0, worker: 1, function: 1 };

function targetItems(site: CompletionSite & { type: 'target' }, elements: Element[]): Completion[] {
  return elements
    .filter((e) => e.id !== site.source && !site.present.slice(1).includes(e.id))
    .map((e) => {
      const what = e.type === 'group' ? 'group' : e.kind;
      const rank = site.arrow === 'async' ? (ASYNC_TARGET_RANK[what] ?? 2) : 0;
      return {
        label: e.id, kind: 'component' as const, detail: `${what}${e.label ? ` — ${e.label}` : ''}`, range: site.range,
        sortText: `${rank}${e.id}`,
      };
    });
}

function arrowItems(site: CompletionSite & { type: 'arrow' }): Completion[] {
  const arrows: Array<[ArrowKind, string]> = [['sync', 'calls (the caller waits)'], ['async', 'sends a message (queue or topic)'], ['duplex', 'a two-way channel']];
  return arrows.map(([arrow, what], index) => ({
    label: ARROW_TEXT[arrow], kind: 'keyword' as const, detail: `${site.source} ${what}`, documentation: ARROW_DOCS[arrow],
    insertText: `${ARROW_TEXT[arrow]} `, range: site.range, sortText: String(index),
  }));
}
