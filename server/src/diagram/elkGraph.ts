// The ELK graph of a diagram: each group laid out by itself, connections across groups through ports on group borders.
import type { ElkExtendedEdge, ElkNode, ElkPort, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Diagram } from './model';
import { measureCollapsedGroup, measureEdgeLabel, measureGroup, measureNode } from './measure';
import { blockShape, PACK_MIN } from './packing';
import { pieceId, portOwner, ROOT, routesOf, SEP, type Direction } from './pieces';

export type { Direction };

/** Above this many components a design counts as large: its layout trades crossings of long edges for time. */
export const LARGE_DESIGN = 100;

/**
 * Crossing minimisation may not reorder a container's members (their declaration order is forced); what it still orders
 * is the dummies of long edges, labels and ports. Small designs keep ELK's thorough passes, where one crossing more is
 * easy to see and the layout takes tens of ms. Large ones skip it and the greedy switch of neighbours after it: that
 * more than halves ELK's time on the 200-component peer graph and keeps every node where it was, for some more
 * crossings (bench/RESULTS.md, picture quality and peers).
 */
function crossingOptions(large: boolean): LayoutOptions {
  return large
    ? { 'elk.layered.crossingMinimization.strategy': 'NONE', 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF' }
    : { 'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP', 'elk.layered.thoroughness': '7' };
}

/** The invisible links that pack unconnected members into a block start with this (never a piece of a connection). */
const PACKING = `${SEP}pack`;

const SPACING = { nodeNode: 24, betweenLayers: 24 } as const;
/** A group's size is known only after its own layout: packing its parent counts it as a large node. */
const GROUP_ESTIMATE = { width: 240, height: 140 };

/**
 * The options of one container (the root or a group), laid out by itself: layered, orthogonal edges.
 * Why by itself (SEPARATE_CHILDREN) rather than one hierarchy: forcing ELK's model order across a whole hierarchy with
 * many cross-group connections cost about 7× ELK's defaults; a group's own graph is small, so its members keep
 * declaration order (model order, cycles broken by it, crossing minimisation may not reorder) at little cost, and a new
 * component reshuffles nothing outside its group. Connections across groups enter and leave through ports on the group's
 * border (pieces.ts), so every group is laid out bottom-up once, and ELK never sees a cycle (pieces.ts breaks them).
 * Layers grow from the sources (longest path from the clients): a new component only adds to the layers after it.
 * Spacing is tight (bench/RESULTS.md, picture quality): a side panel shows the examples at a readable zoom.
 */
export function containerOptions(direction: Direction, large = false): LayoutOptions {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': direction === 'down' ? 'DOWN' : 'RIGHT',
    'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.json.shapeCoords': 'ROOT',
    'elk.json.edgeCoords': 'ROOT',
    'elk.randomSeed': '1',
    'elk.separateConnectedComponents': 'false',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.cycleBreaking.strategy': 'GREEDY_MODEL_ORDER',
    'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
    'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
    'elk.spacing.nodeNode': String(SPACING.nodeNode),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING.betweenLayers),
    'elk.spacing.edgeNode': '12',
    'elk.spacing.edgeEdge': '8',
    'elk.layered.spacing.edgeNodeBetweenLayers': '8',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
    'elk.spacing.edgeLabel': '2',
    'elk.layered.mergeEdges': 'false',
    'elk.portConstraints': 'FIXED_SIDE',
    ...crossingOptions(large),
  };
}

/** The root's options: a container plus the whole picture's padding. */
export function rootOptions(direction: Direction, large = false): LayoutOptions {
  return {
    ...containerOptions(direction, large),
    'elk.padding': '[top=16,left=16,bottom=16,right=16]',
  };
}

/** Labels sit on their line (an option of the label, not of the graph), so none reads as belonging to a parallel line. */
const INLINE = { 'elk.edgeLabels.inline': 'true', 'elk.edgeLabels.placement': 'CENTER' } as const;

/** Options that differ from the stable defaults, for the benchmark's comparison of configurations. */
export type OptionOverrides = Record<string, string>;

export interface GraphOptions {
  /** Width / height the picture should come close to (the panel's): shapes packed blocks of unconnected members. */
  aspect?: number;
}

interface Container {
  node: ElkNode;
  /** Direct members, in declaration order. */
  members: string[];
}

/** Chains unconnected members into layers of `perLayer` (invisible links), so they pack into a block in declaration order. */
function packingLinks(container: Container, connected: Set<string>, sizes: Map<string, { width: number; height: number }>, direction: Direction, aspect: number): ElkExtendedEdge[] {
  const loose = container.members.filter((id) => !connected.has(id));
  if (loose.length < PACK_MIN) return [];
  const perLayer = blockShape(loose.map((id) => sizes.get(id) ?? GROUP_ESTIMATE), direction, aspect, SPACING);
  const links: ElkExtendedEdge[] = [];
  for (let i = 0; i + perLayer < loose.length; i++) {
    links.push({ id: `${PACKING}${SEP}${container.node.id}${SEP}${i}`, sources: [loose[i]], targets: [loose[i + perLayer]] });
  }
  return links;
}

interface Hierarchy {
  root: Container;
  /** The root and every group that is laid out by itself (not collapsed). */
  containers: Map<string, Container>;
  parentOf: Map<string, string | undefined>;
  /** Measured sizes of leaves (components, collapsed groups). */
  sizes: Map<string, { width: number; height: number }>;
}

/** Every component and group as an ELK node in its container, in declaration order (the model order ELK keeps). */
function hierarchyOf(diagram: Diagram): Hierarchy {
  const root: Container = { node: { id: ROOT, children: [], edges: [] }, members: [] };
  const hierarchy: Hierarchy = { root, containers: new Map([[ROOT, root]]), parentOf: new Map(), sizes: new Map() };
  const items = [
    ...diagram.groups.map((group) => ({ order: group.order, group })),
    ...diagram.nodes.map((node) => ({ order: node.order, node })),
  ].sort((a, b) => a.order - b.order);
  const nodes: ElkNode[] = [];
  for (const item of items) {
    const id = 'group' in item ? item.group.id : item.node.id;
    hierarchy.parentOf.set(id, 'group' in item ? item.group.parent : item.node.parent);
    let node: ElkNode;
    if ('node' in item) {
      const metrics = measureNode(item.node);
      node = { id, width: metrics.width, height: metrics.height };
    } else if (item.group.collapsed) {
      const metrics = measureCollapsedGroup(item.group);
      node = { id, width: metrics.width, height: metrics.height };
    } else {
      const metrics = measureGroup(item.group);
      const p = metrics.padding;
      node = {
        id, children: [], edges: [], ports: [],
        layoutOptions: {
          'elk.padding': `[top=${p.top},left=${p.left},bottom=${p.bottom},right=${p.right}]`,
          'elk.nodeSize.constraints': 'MINIMUM_SIZE',
          'elk.nodeSize.minimum': `(${metrics.titleWidth + p.left + p.right}, 60)`,
        },
      };
      hierarchy.containers.set(id, { node, members: [] });
    }
    if (node.width !== undefined) hierarchy.sizes.set(id, { width: node.width, height: node.height ?? 0 });
    nodes.push(node);
  }
  for (const node of nodes) {
    const container = hierarchy.containers.get(hierarchy.parentOf.get(node.id) ?? ROOT) ?? root;
    container.node.children?.push(node);
    container.members.push(node.id);
  }
  return hierarchy;
}

export function elkGraphOf(diagram: Diagram, direction: Direction = 'right', overrides: OptionOverrides = {}, options: GraphOptions = {}): ElkNode {
  const { root, containers, parentOf, sizes } = hierarchyOf(diagram);
  const addPort = (group: string, port: ElkPort) => containers.get(group)?.node.ports?.push(port);
  const membersOf = new Map([...containers].map(([id, c]) => [id, c.members]));
  const clients = new Set(diagram.nodes.filter((n) => n.kind === 'client').map((n) => n.id));
  // Members joined by a piece of a connection inside their container (themselves or through their ports).
  const connected = new Map<string, Set<string>>();
  const memberOf = (container: string, end: string) => {
    const owner = portOwner(end) ?? end;
    return owner === container ? undefined : owner;
  };
  for (const { edge, pieces, reversed } of routesOf(diagram.edges, parentOf, membersOf, direction, addPort, clients)) {
    const label = measureEdgeLabel(edge);
    pieces.forEach((piece, i) => {
      const container = containers.get(piece.container) ?? root;
      container.node.edges?.push({
        id: pieceId(edge.id, i, reversed), sources: [piece.source], targets: [piece.target],
        ...(piece.label && label ? { labels: [{ id: `${edge.id}${SEP}label`, text: edge.label ?? '', width: label.width, height: label.height, layoutOptions: INLINE }] } : {}),
      });
      const joined = connected.get(piece.container) ?? new Set<string>();
      connected.set(piece.container, joined);
      const [a, b] = [memberOf(piece.container, piece.source), memberOf(piece.container, piece.target)];
      if (a && b && a !== b) { joined.add(a); joined.add(b); }
    });
  }
  const aspect = options.aspect ?? 1.5;
  const large = diagram.nodes.length > LARGE_DESIGN;
  for (const [id, container] of containers) {
    container.node.edges?.push(...packingLinks(container, connected.get(id) ?? new Set(), sizes, direction, aspect));
    const own = id === ROOT ? rootOptions(direction, large) : containerOptions(direction, large);
    container.node.layoutOptions = { ...own, ...container.node.layoutOptions, ...overrides };
  }
  return root.node;
}
