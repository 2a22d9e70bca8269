// A flow's picture (language.md "Flows"): the whole design, the flow's path highlighted and numbered, the rest dimmed.
import type { Range } from '../language/ast';
import type { Diagram, DiagramStep } from './model';
import { titleWith } from './viewDiagram';

/** What a flow says about its picture; the model's `Flow` has this shape. */
export interface FlowOfDiagram {
  id: string;
  label?: string;
  uri: string;
  steps: ReadonlyArray<{
    id: string;
    index: number;
    label?: string;
    from: { id: string };
    to: { id: string };
    /** The declared connection the step uses (none: the step is an error and draws no badge). */
    connection?: { id: string; from: { id: string }; to: { id: string } };
    range: Range;
    arrowRange: Range;
  }>;
}

export function flowDiagram(diagram: Diagram, flow: FlowOfDiagram): Diagram {
  const onFlow = new Set<string>();
  const stepsOf = new Map<string, DiagramStep[]>();
  for (const step of flow.steps) {
    onFlow.add(step.from.id).add(step.to.id);
    if (!step.connection) continue;
    onFlow.add(step.connection.from.id).add(step.connection.to.id);
    let list = stepsOf.get(step.connection.id);
    if (!list) stepsOf.set(step.connection.id, (list = []));
    list.push({
      id: step.id, index: step.index, ...(step.label !== undefined ? { label: step.label } : {}),
      source: { uri: flow.uri, selection: step.arrowRange, range: step.range },
    });
  }
  // A group stays lit while anything of the flow is inside it, so the path is never drawn in a faint box.
  const parentOf = new Map<string, string | undefined>([...diagram.nodes, ...diagram.groups].map((e) => [e.id, e.parent]));
  const litGroups = new Set<string>();
  for (const id of onFlow) for (let at: string | undefined = id; at; at = parentOf.get(at)) litGroups.add(at);
  return {
    ...diagram,
    title: titleWith(diagram, flow),
    nodes: diagram.nodes.map((node) => (onFlow.has(node.id) ? node : { ...node, dimmed: true })),
    groups: diagram.groups.map((group) => (litGroups.has(group.id) ? group : { ...group, dimmed: true })),
    edges: diagram.edges.map((edge) => {
      const steps = stepsOf.get(edge.id);
      return steps ? { ...edge, steps } : { ...edge, dimmed: true };
    }),
  };
}
