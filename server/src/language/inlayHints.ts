// Inlay hints: the per-second value of per-day rates, the instance count to plan with, total capacity, and derived reads.
import type { Position, Property, Range, Statement, SysdFile, Value } from './ast';
import type { Analysis } from './analysis';
import { estimate } from './estimate';
import { maxInstancesOf } from './hoverQuantity';
import { comparePositions, rangeContains } from './locate';
import type { PropertyMap } from './model';
import { numberOf } from './properties';
import { formatBytes, formatNumber } from './quantities';

export interface InlayHint {
  /** Where the hint is drawn: right after the value it explains. */
  position: Position;
  label: string;
  tooltip?: string;
}

/** Hints for the file `uri` of the analysis, limited to `range` when given (the editor asks for what is visible). */
export function inlayHintsOf(analysis: Analysis, uri: string, range?: Range): InlayHint[] {
  const file = analysis.model.files.get(uri);
  if (!file) return [];
  const hints: InlayHint[] = [];
  const visible = (property: Property) => !range || !property.value ||
    (comparePositions(property.value.range.end, range.start) >= 0 && comparePositions(property.value.range.end, range.end) <= 0);
  // Only what the editor shows is formatted: number formatting is the costly part.
  for (const { property, siblings } of propertiesIn(file).filter((p) => visible(p.property))) {
    const hint = hintFor(property.value);
    if (hint) hints.push(hint);
    const total = property.name.name === 'capacity' ? totalCapacityHint(property, siblings) : undefined;
    if (total) hints.push(total);
  }
  const scale = analysis.model.scale;
  if (scale && scale.uri === uri && !scale.properties.has('reads')) {
    const reads = estimate(scale.properties).reads;
    const anchor = scale.properties.get('read_write_ratio')?.value;
    if (reads && reads.source === 'derived' && anchor) {
      hints.push({ position: anchor.range.end, label: `reads ≈ ${formatNumber(reads.value)}/s`, tooltip: `Derived: ${reads.how}` });
    }
  }
  const inRange = range ? hints.filter((h) => rangeContains(range, h.position)) : hints;
  return inRange.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function hintFor(value: Value | undefined): InlayHint | undefined {
  if (!value) return undefined;
  if (value.type === 'quantity') {
    const { quantity } = value;
    // A rate written per second needs no translation.
    if (quantity.dimension === 'rate' && !quantity.unit.endsWith('/s')) {
      return { position: value.range.end, label: `≈${formatNumber(quantity.value)}/s`, tooltip: `${quantity.text} averaged over the period` };
    }
    if (quantity.dimension === 'dataRate' && quantity.unit.includes('/') && !quantity.unit.endsWith('/s')) {
      return { position: value.range.end, label: `≈${formatBytes(quantity.value)}/s`, tooltip: `${quantity.text} averaged over the period` };
    }
  }
  if (value.type === 'range') {
    return { position: value.range.end, label: `max ${value.max}`, tooltip: `Capacity is planned with the maximum: ${value.max} instances.` };
  }
  return undefined;
}

/** `capacity: 5k/s` with `autoscale: 3..20` → `× 20 = 100,000/s`: what the component can take at most. */
function totalCapacityHint(capacity: Property, siblings: Property[]): InlayHint | undefined {
  const map: PropertyMap = new Map();
  for (const property of siblings) if (!map.has(property.name.name)) map.set(property.name.name, property);
  const perInstance = numberOf(map, 'capacity');
  const instances = maxInstancesOf(map);
  if (perInstance === undefined || instances === undefined || instances <= 1 || !capacity.value) return undefined;
  return {
    position: capacity.value.range.end, label: `× ${instances} = ${formatNumber(perInstance * instances)}/s`,
    tooltip: `Capacity of the whole component: ${formatNumber(perInstance)}/s per instance × ${instances} instances (the maximum).`,
  };
}

interface PlacedProperty {
  property: Property;
  /** The properties of the same block. */
  siblings: Property[];
}

/** Every property written in the file (the design header, components, groups, connections, the scale block). */
function propertiesIn(file: SysdFile): PlacedProperty[] {
  const placed: PlacedProperty[] = [];
  const add = (properties: Property[]) => { for (const property of properties) placed.push({ property, siblings: properties }); };
  add(file.design?.block?.properties ?? []);
  const visit = (statements: Statement[]) => {
    for (const statement of statements) {
      if (statement.type === 'group') { add(statement.properties); visit(statement.statements); }
      else if (statement.type === 'scale') add(statement.block.properties);
      else if ((statement.type === 'component' || statement.type === 'connection') && statement.block) add(statement.block.properties);
    }
  };
  visit(file.statements);
  return placed;
}
