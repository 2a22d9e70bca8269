// Every component kind, in the order completion, docs and generated files list them: add a kind here and in its own file.
import { cache } from './cache';
import { cdn } from './cdn';
import { client } from './client';
import { database } from './database';
import { dns } from './dns';
import { external } from './external';
import { fn } from './function';
import { gateway } from './gateway';
import { loadbalancer } from './loadbalancer';
import { monitoring } from './monitoring';
import { queue } from './queue';
import { search } from './search';
import { service } from './service';
import { storage } from './storage';
import { topic } from './topic';
import { worker } from './worker';
import type { KindDescriptor, Trait } from './types';

export const KINDS = [client, cdn, loadbalancer, gateway, service, worker, fn, database, cache, queue, topic, storage, search, external, dns, monitoring] as const;

export type KindName = (typeof KINDS)[number]['name'];

const byName = new Map<string, KindDescriptor>(KINDS.map((kind) => [kind.name, kind]));

/** The descriptor of a kind. */
export function kindOf(name: KindName): KindDescriptor<KindName> {
  return byName.get(name) as KindDescriptor<KindName>;
}

/** The kinds a rule treats alike, in the descriptors' order. */
export function kindsWith(trait: Trait): KindName[] {
  return KINDS.filter((kind) => kind.traits?.includes(trait)).map((kind) => kind.name);
}

/** A `Record<kind, T>` built from every descriptor: the compiler then knows each table covers every kind. */
export function perKind<T>(pick: (kind: KindDescriptor<KindName>) => T): Record<KindName, T> {
  return Object.fromEntries(KINDS.map((kind) => [kind.name, pick(kind)])) as Record<KindName, T>;
}
