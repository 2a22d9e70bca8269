// The ELK graph of a diagram: groups as compound nodes, measured sizes, and the options that keep the picture stable.
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Diagram } from './model';
import { measureEdgeLabel, measureGroup, measureNode } from './measure';

export type Direction = 'right' | 'down';

/** Above this many components a design counts as large: its layout trades a few crossings for time. */
export const LARGE_DESIGN = 100;
const THOROUGHNESS = { small: '7', large: '2' } as const;

/**
 * Layered layout, orthogonal edges, one hierarchy so edges cross group borders.
 * Stability while typing: the declaration order is the model order ELK keeps (nodes and edges), cycles are broken
 * by that order, and crossing minimisation may not reorder nodes, so one new component does not reshuffle the rest.
 * Layers grow from the sources (longest path from the clients): a new component only adds to the layers after it,
 * where network-simplex layering re-balances every layer (bench/layout.bench.ts measured half the movement).
 * Speed for large designs (bench/preview.bench.ts weighs time against crossings, area and stability): crossing
 * minimisation, the largest share of ELK's time (about a third in a profile at 200 components), tries fewer random
 * starts on large designs. Small ones keep ELK's default, where a crossing more is easy to see and the layout takes
 * a few tens of ms anyway.
 */
export function rootOptions(direction: Direction, components = 0): LayoutOptions {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': direction === 'down' ? 'DOWN' : 'RIGHT',
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.json.shapeCoords': 'ROOT',
    'elk.json.edgeCoords': 'ROOT',
    'elk.randomSeed': '1',
    'elk.padding': '[top=20,left=20,bottom=20,right=20]',
    'elk.separateConnectedComponents': 'false',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.cycleBreaking.strategy': 'GREEDY_MODEL_ORDER',
    'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
    'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
    'elk.spacing.nodeNode': '36',
    'elk.layered.spacing.nodeNodeBetweenLayers': '56',
    'elk.spacing.edgeNode': '18',
    'elk.spacing.edgeEdge': '12',
    'elk.layered.spacing.edgeNodeBetweenLayers': '18',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
    'elk.spacing.edgeLabel': '4',
    'elk.edgeLabels.placement': 'CENTER',
    'elk.layered.edgeLabels.sideSelection': 'SMART_DOWN',
    'elk.layered.mergeEdges': 'false',
    'elk.layered.thoroughness': components > LARGE_DESIGN ? THOROUGHNESS.large : THOROUGHNESS.small,
  };
}

/** Options that differ from the stable defaults, for the benchmark's comparison of configurations. */
export type OptionOverrides = Record<string, string>;

export function elkGraphOf(diagram: Diagram, direction: Direction = 'right', overrides: OptionOverrides = {}): ElkNode {
  const containers = new Map<string | undefined, ElkNode[]>();
  const push = (parent: string | undefined, child: ElkNode) => {
    const list = containers.get(parent) ?? [];
    list.push(child);
    containers.set(parent, list);
  };
  // Declaration order across components and groups is the model order ELK keeps.
  const order = [
    ...diagram.groups.map((group) => ({ order: group.order, item: { group } as const })),
    ...diagram.nodes.map((node) => ({ order: node.order, item: { node } as const })),
  ].sort((a, b) => a.order - b.order);
  const all: Array<{ id: string; parent?: string; node: ElkNode }> = [];
  for (const { item } of order) {
    if ('group' in item) {
      const metrics = measureGroup(item.group);
      const p = metrics.padding;
      all.push({
        id: item.group.id, parent: item.group.parent,
        node: {
          id: item.group.id,
          layoutOptions: {
            'elk.padding': `[top=${p.top},left=${p.left},bottom=${p.bottom},right=${p.right}]`,
            'elk.nodeSize.constraints': 'MINIMUM_SIZE',
            'elk.nodeSize.minimum': `(${metrics.titleWidth + p.left + p.right}, 60)`,
          },
          children: [],
        },
      });
    } else {
      const metrics = measureNode(item.node);
      all.push({ id: item.node.id, parent: item.node.parent, node: { id: item.node.id, width: metrics.width, height: metrics.height } });
    }
  }
  for (const entry of all) push(entry.parent, entry.node);
  for (const entry of all) {
    if (entry.node.children) entry.node.children = containers.get(entry.id) ?? [];
  }
  const edges: ElkExtendedEdge[] = diagram.edges.map((edge) => {
    const label = measureEdgeLabel(edge);
    return {
      id: edge.id,
      sources: [edge.from],
      targets: [edge.to],
      ...(label ? { labels: [{ id: `${edge.id}:label`, text: edge.label ?? '', width: label.width, height: label.height }] } : {}),
    };
  });
  return { id: 'root', layoutOptions: { ...rootOptions(direction, diagram.nodes.length), ...overrides }, children: containers.get(undefined) ?? [], edges };
}
