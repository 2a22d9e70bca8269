// Snippets that declare a component with the properties the best-practice rules look for, under an ID not yet taken.
import type { ComponentKind } from './ast';
import { KINDS } from './kinds';

export interface ComponentSnippet {
  kind: ComponentKind;
  /** LSP snippet text. */
  body: string;
  why: string;
}

/** A free ID: `base`, else `base2`, `base3`, … (bases are never keywords: `cache` cannot be an ID). */
export function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}${n}`)) return `${base}${n}`;
}

/** One snippet per kind, indented with `indent` (the editor re-indents snippet lines after the first). */
export function componentSnippets(taken: (id: string) => boolean, indent = '  '): ComponentSnippet[] {
  return KINDS.map(({ name: kind, snippet: recipe }) => {
    const id = freeId(recipe.id, (candidate) => taken(candidate) || (recipe.extra !== undefined && taken(`${candidate}-dlq`)));
    const lines = [`${kind} \${1:${id}} "\${2:${recipe.label}}" {`, ...recipe.properties.map((p) => `${indent}${p}`), '}', ...(recipe.extra ?? [])];
    return { kind, body: `${lines.join('\n')}$0`, why: recipe.why };
  });
}

/** A small, complete design that passes every best-practice rule: offered in an empty file, to start from. */
export const STARTER_DESIGN = [
  'design "${1:My System}"',
  '',
  'scale {',
  '  dau: ${2:1M}',
  '  writes: ${3:10M/day}',
  '  read_write_ratio: ${4:10}',
  '  peak_factor: ${5:3x}',
  '  availability: ${6:99.9%}',
  '  latency_p99: ${7:200ms}',
  '}',
  '',
  'client web "Browser" { type: web }',
  'cdn edge "CDN" { ttl: 1d }',
  'loadbalancer lb "Load balancer" {',
  '  layer: 7',
  '  algorithm: least_connections',
  '  health_check: 30s',
  '  rate_limit: 100/s',
  '  instances: 2',
  '}',
  'service api "API service" { autoscale: 2..10, stateless: true, auth: jwt }',
  '',
  'group data "Data tier" {',
  '  kind: tier',
  '  cache api-cache "Cache" { engine: redis, ttl: 1h, eviction: allkeys-lru, pattern: cache-aside }',
  '  database main-db "Primary database" { engine: postgres, replicas: 2, backup: 1d }',
  '}',
  '',
  'web -> edge -> lb : "HTTPS" { protocol: https }',
  'lb -> api',
  'api -> api-cache : "cache-aside lookups"',
  'api -> main-db',
  '',
  'monitoring observability "Metrics, logs and alerts" { signals: [metrics, logs, traces, alerts] }',
  'api ~> observability',
  '$0',
].join('\n');

/** Replaces every placeholder with its default (the first choice), as the editor would on plain accept. */
export function expandSnippet(body: string): string {
  const defaults = new Map<string, string>();
  const withDefaults = body
    .replace(/\$\{(\d+)\|([^,|]*)[^|]*\|\}/g, (_m, n: string, first: string) => { defaults.set(n, first); return first; })
    .replace(/\$\{(\d+):([^}]*)\}/g, (_m, n: string, value: string) => { defaults.set(n, value); return value; });
  return withDefaults.replace(/\$(\d+)/g, (_m, n: string) => defaults.get(n) ?? '');
}
