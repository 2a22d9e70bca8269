// The four pipelines of the peer comparison (issue 20): sysd as `sysd render` runs it, bare elkjs, D2 and LikeC4.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { pathToFileURL } from 'node:url';
import { diagramOf, inProcessElk, LayoutCache, renderDiagram, type Diagram } from '../server/src/diagram/index';
import { measureEdgeLabel, measureNode } from '../server/src/diagram/measure';
import { exportD2 } from '../server/src/cli/exportD2';
import { analyseText } from './designs';
import { peerPackage } from './peerInstall';
import { likec4Text, peerGraph, sysdText } from './peerGraph';

export const LIKEC4_VERSION = '1.59.4';

/** The same graph for every peer, prepared outside the timed rounds. */
export interface PeerInput { sysd: string; d2: string; likec4: string; elk: ElkNode }

export function peerInput(n: number): PeerInput {
  const graph = peerGraph(n);
  const sysd = sysdText(graph);
  const analysis = analyseText(sysd);
  return { sysd, d2: exportD2(analysis.model, 'right'), likec4: likec4Text(graph), elk: bareElkGraph(diagramOf(analysis.model, analysis.findings)) };
}

/**
 * The diagram as one plain ELK graph (groups as compound nodes, sysd's node and label sizes, one edge per connection)
 * with ELK's default options but for routing across groups: what a tool that hands its graph to elkjs as it is gets.
 */
export function bareElkGraph(diagram: Diagram): ElkNode {
  const children = new Map<string | undefined, ElkNode[]>();
  const add = (parent: string | undefined, node: ElkNode) => children.set(parent, [...(children.get(parent) ?? []), node]);
  const items = [...diagram.groups.map((g) => ({ order: g.order, group: g })), ...diagram.nodes.map((n) => ({ order: n.order, node: n }))].sort((a, b) => a.order - b.order);
  const groups: ElkNode[] = [];
  for (const item of items) {
    if ('group' in item) {
      const node: ElkNode = { id: item.group.id, children: [] };
      groups.push(node);
      add(item.group.parent, node);
    } else {
      const { width, height } = measureNode(item.node);
      add(item.node.parent, { id: item.node.id, width, height });
    }
  }
  for (const group of groups) group.children = children.get(group.id) ?? [];
  const edges = diagram.edges.map((edge) => {
    const label = measureEdgeLabel(edge);
    return { id: edge.id, sources: [edge.from], targets: [edge.to], ...(label ? { labels: [{ id: `${edge.id}:label`, text: edge.label ?? '', width: label.width, height: label.height }] } : {}) };
  });
  return { id: 'root', layoutOptions: { 'elk.algorithm': 'layered', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' }, children: children.get(undefined) ?? [], edges };
}

export interface Timed { ms: number; parts?: Record<string, number> }

export interface Peer {
  key: string;
  name: string;
  /** What one timed round covers. */
  what: string;
  /** Starting it takes seconds (a wasm build, a language server): the smoke run leaves it out. */
  slowStart?: boolean;
  /** Undefined when it can run, else why it is skipped. */
  start(options: { install: boolean }): Promise<string | undefined>;
  round(input: PeerInput): Promise<Timed>;
  stop?(): Promise<void>;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

const sysd: Peer = {
  key: 'sysd', name: 'sysd', what: 'text → analyze → diagram → ELK → SVG, fresh layout cache',
  start: async () => undefined,
  async round(input) {
    const t0 = now();
    const analysis = analyseText(input.sysd);
    const t1 = now();
    const diagram = diagramOf(analysis.model, [...analysis.model.diagnostics, ...analysis.findings]);
    const t2 = now();
    await renderDiagram(diagram, { direction: 'right', theme: 'light' }, inProcessElk(), new LayoutCache());
    const t3 = now();
    return { ms: t3 - t0, parts: { analyze: t1 - t0, diagram: t2 - t1, 'layout + SVG': t3 - t2 } };
  },
};

let bareElk: InstanceType<typeof ELK> | undefined;
const elkjs: Peer = {
  key: 'elkjs', name: 'bare elkjs', what: 'layered, ELK defaults + INCLUDE_CHILDREN, the same graph',
  start: async () => { bareElk ??= new ELK(); return undefined; },
  async round(input) {
    const graph = structuredClone(input.elk); // ELK writes its results into the graph
    const t0 = now();
    await (bareElk as InstanceType<typeof ELK>).layout(graph);
    return { ms: now() - t0 };
  },
};

interface D2Like { compile(text: string, options: { layout: 'elk' }): Promise<{ diagram: unknown; renderOptions: unknown }>; render(diagram: unknown, options: unknown): Promise<string>; worker?: { terminate(): Promise<number> } }
let d2Compiler: D2Like | undefined;
const d2: Peer = {
  key: 'd2', name: 'D2', what: '@terrastruct/d2 (wasm), layout elk: compile + render SVG', slowStart: true,
  async start() {
    try {
      const { D2 } = (await import('@terrastruct/d2')) as unknown as { D2: new () => D2Like };
      d2Compiler ??= new D2();
      return undefined;
    } catch (error) {
      return `@terrastruct/d2 does not load: ${(error as Error).message}`;
    }
  },
  async round(input) {
    const compiler = d2Compiler as D2Like;
    const t0 = now();
    const result = await compiler.compile(input.d2, { layout: 'elk' });
    await compiler.render(result.diagram, result.renderOptions);
    return { ms: now() - t0 };
  },
  async stop() { await d2Compiler?.worker?.terminate(); d2Compiler = undefined; },
};

interface LikeC4Instance { diagrams(): Promise<Array<{ nodes: unknown[] }>>; getErrors(): unknown[]; dispose(): Promise<void> }
type LikeC4Module = { LikeC4: { fromSource(text: string, options: object): Promise<LikeC4Instance> } };
let likec4Module: LikeC4Module | undefined;
const likec4: Peer = {
  key: 'likec4', name: 'LikeC4', what: `likec4@${LIKEC4_VERSION} (Graphviz wasm): source → laid-out view (no SVG in Node)`, slowStart: true,
  async start({ install }) {
    const found = peerPackage('likec4', LIKEC4_VERSION, install);
    if ('reason' in found) return found.reason;
    try {
      likec4Module ??= (await import(pathToFileURL(found.entry).href)) as LikeC4Module;
      return undefined;
    } catch (error) {
      return `likec4 does not load: ${(error as Error).message}`;
    }
  },
  async round(input) {
    const t0 = now();
    const model = await (likec4Module as LikeC4Module).LikeC4.fromSource(input.likec4, { printErrors: false, logger: false });
    const t1 = now();
    const views = await model.diagrams();
    const t2 = now();
    const errors = model.getErrors().length;
    await model.dispose();
    if (errors > 0 || !views[0]?.nodes.length) throw new Error(`LikeC4 did not lay the view out (${errors} errors)`);
    return { ms: t2 - t0, parts: { parse: t1 - t0, layout: t2 - t1 } };
  },
};

export const PEERS: Peer[] = [sysd, elkjs, d2, likec4];
