// Talks to the layout worker (a worker_thread on the desktop, a web worker in the browser): newest request wins, a stuck layout is cut off and the worker replaced.
import type { RenderOptions } from '../../../server/src/diagram/index';
import type { Diagram } from '../../../server/src/diagram/model';
import type { LayoutReply, LayoutRequest } from './layoutJob';

const TIMEOUT_MS = 30_000;

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
  /** The worker re-used an earlier layout (same structure and sizes) and only redrew. */
  layoutReused: boolean;
  direction: 'right' | 'down';
  /** The groups drawn collapsed (the overview's outermost groups when the request left them to the layout). */
  collapsed: string[];
  overview: boolean;
}

/** Thrown for a request that a newer one replaced before it ran. */
export class Superseded extends Error {
  constructor() { super('superseded by a newer layout'); }
}

/** A running layout worker, as the client drives it. */
export interface LayoutWorker {
  postMessage(request: LayoutRequest): void;
  terminate(): void;
}

/** What the client hears from a worker it spawned. */
export interface LayoutWorkerEvents {
  message(reply: LayoutReply): void;
  error(error: Error): void;
  exit(code: number): void;
}

/** Starts a layout worker: node's worker_threads (nodeLayoutWorker.ts) or a web worker (webLayoutWorker.ts). */
export type SpawnLayoutWorker = (events: LayoutWorkerEvents) => LayoutWorker;

interface Pending {
  request: LayoutRequest;
  resolve(value: RenderedSvg): void;
  reject(error: Error): void;
}

export class LayoutClient {
  private worker: LayoutWorker | undefined;
  private nextId = 1;
  private running: (Pending & { timer: ReturnType<typeof setTimeout> }) | undefined;
  /** Per lane (preview, export), only the newest waiting request is kept: typing bursts never queue up layouts. */
  private readonly waiting = new Map<string, Pending>();

  constructor(private readonly spawnWorker: SpawnLayoutWorker) {}

  render(diagram: Diagram, options: RenderOptions, lane = 'preview'): Promise<RenderedSvg> {
    return new Promise((resolve, reject) => {
      this.waiting.get(lane)?.reject(new Superseded());
      this.waiting.set(lane, { request: { id: this.nextId++, diagram, options }, resolve, reject });
      this.pump();
    });
  }

  private spawn(): LayoutWorker {
    const worker: LayoutWorker = this.spawnWorker({
      message: (reply) => this.finish(reply),
      error: (error) => this.fail(error),
      exit: (code) => { if (this.worker === worker) { this.worker = undefined; this.fail(new Error(`layout worker stopped (${code})`)); } },
    });
    return worker;
  }

  private pump(): void {
    if (this.running) return;
    const [lane, next] = this.waiting.entries().next().value ?? [];
    if (!lane || !next) return;
    this.waiting.delete(lane);
    this.worker ??= this.spawn();
    const timer = setTimeout(() => {
      // ELK on a pathological graph: give up on it, and start a fresh worker for the next request.
      const worker = this.worker;
      this.worker = undefined;
      void worker?.terminate();
      this.fail(new Error(`layout took longer than ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    this.running = { ...next, timer };
    this.worker.postMessage(next.request);
  }

  private finish(reply: LayoutReply): void {
    const running = this.running;
    if (!running || running.request.id !== reply.id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    if ('error' in reply) running.reject(new Error(reply.error));
    else running.resolve(reply);
    this.pump();
  }

  private fail(error: Error): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = undefined;
    running.reject(error);
    this.pump();
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    for (const pending of this.waiting.values()) pending.reject(new Superseded());
    this.waiting.clear();
  }
}
