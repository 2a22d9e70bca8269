// `sysd export --format json`: the resolved model as plain JSON, described by schemas/model.schema.json.
import type { Annotation, Quantity, Value } from '../language/ast';
import { ARROW_TEXT } from '../language/ast';
import { toPath } from '../language/host';
import type { DesignModel, Element, PropertyMap } from '../language/model';
import { viewContent } from '../language/views';
import { displayPath } from './findings';

export const MODEL_SCHEMA = 'https://github.com/sysd-dev/sysd/blob/main/schemas/model.schema.json';

export type JsonValue = string | number | boolean | { value: number; unit: string; text: string } | { min: number; max: number } | JsonValue[];

/** Quantities are normalised to one unit per dimension, as in the core: seconds, bytes, per second. */
const UNIT: Record<Quantity['dimension'], string> = {
  number: '', duration: 's', size: 'B', rate: '/s', dataRate: 'B/s', percent: '%', factor: 'x',
};

export function valueJson(value: Value): JsonValue {
  switch (value.type) {
    case 'quantity':
      return value.quantity.dimension === 'number' && value.quantity.unit === ''
        ? value.quantity.value
        : { value: value.quantity.value, unit: UNIT[value.quantity.dimension], text: value.quantity.text };
    case 'string': return value.value;
    case 'identifier': return value.name;
    case 'boolean': return value.value;
    case 'range': return { min: value.min, max: value.max };
    case 'list': return value.items.map(valueJson);
  }
}

function propertiesJson(properties: PropertyMap): Record<string, JsonValue> {
  const result: Record<string, JsonValue> = {};
  for (const [name, property] of properties) if (property.value) result[name] = valueJson(property.value);
  return result;
}

function allowsJson(annotations: Annotation[]) {
  return annotations
    .filter((a) => a.name.name === 'allow')
    .map((a) => ({ rules: a.args.map((arg) => arg.name), reason: a.reason?.value ?? null }));
}

function where(cwd: string, element: { uri: string; idRange: { start: { line: number } } }) {
  return { file: displayPath(cwd, toPath(element.uri)), line: element.idRange.start.line + 1 };
}

function groupKind(element: Element): string | null {
  const kind = element.properties.get('kind')?.value;
  return kind?.type === 'identifier' ? kind.name : null;
}

function viewsJson(model: DesignModel, cwd: string) {
  const ids = (elements: readonly Element[]) => elements.map((element) => element.id);
  return model.views.map((view) => {
    const { query } = view;
    const content = viewContent(model, query);
    return {
      id: view.id,
      label: view.label ?? null,
      ...where(cwd, view),
      include: ids(query.include),
      kinds: [...query.kinds],
      tags: [...query.tags],
      around: query.around?.id ?? null,
      depth: query.depth,
      exclude: ids(query.exclude),
      collapse: ids(view.collapse),
      direction: view.direction ?? null,
      shows: {
        components: ids(model.components.filter((c) => content.components.has(c))),
        groups: ids(model.groups.filter((g) => content.groups.has(g))),
      },
      allows: allowsJson(view.annotations),
    };
  });
}

function flowsJson(model: DesignModel, cwd: string) {
  const connectionIndex = new Map(model.connections.map((connection, index) => [connection, index]));
  return model.flows.map((flow) => ({
    id: flow.id,
    label: flow.label ?? null,
    ...where(cwd, flow),
    latencyBudget: flow.latencyBudget ?? null,
    availabilityBudget: flow.availabilityBudget ?? null,
    steps: flow.steps.map((step) => ({
      index: step.index,
      from: step.from.id,
      to: step.to.id,
      kind: step.arrow,
      arrow: ARROW_TEXT[step.arrow],
      label: step.label ?? null,
      latency: step.latency ?? null,
      connection: step.connection ? (connectionIndex.get(step.connection) ?? null) : null,
      line: step.range.start.line + 1,
    })),
    allows: allowsJson(flow.annotations),
  }));
}

export function modelJson(model: DesignModel, cwd: string) {
  return {
    $schema: MODEL_SCHEMA,
    version: 1,
    title: model.title ?? null,
    file: displayPath(cwd, toPath(model.rootUri)),
    files: [...model.files.keys()].map((uri) => displayPath(cwd, toPath(uri))),
    scale: model.scale ? propertiesJson(model.scale.properties) : null,
    groups: model.groups.map((group) => ({
      id: group.id,
      label: group.label ?? null,
      kind: groupKind(group),
      parent: group.group?.id ?? null,
      members: group.members.map((member) => member.id),
      ...where(cwd, group),
      properties: propertiesJson(group.properties),
      allows: allowsJson(group.annotations),
    })),
    components: model.components.map((component) => ({
      id: component.id,
      kind: component.kind,
      label: component.label ?? null,
      group: component.group?.id ?? null,
      ...where(cwd, component),
      properties: propertiesJson(component.properties),
      allows: allowsJson(component.annotations),
    })),
    connections: model.connections.map((connection) => ({
      from: connection.from.id,
      to: connection.to.id,
      kind: connection.kind,
      arrow: ARROW_TEXT[connection.kind],
      label: connection.label ?? null,
      file: displayPath(cwd, toPath(connection.uri)),
      line: connection.arrow.range.start.line + 1,
      properties: propertiesJson(connection.properties),
      allows: allowsJson(connection.annotations),
    })),
    views: viewsJson(model, cwd),
    flows: flowsJson(model, cwd),
  };
}

export function formatModelJson(model: DesignModel, cwd: string): string {
  return `${JSON.stringify(modelJson(model, cwd), null, 2)}\n`;
}
