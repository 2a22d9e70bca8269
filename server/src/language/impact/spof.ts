// Single points of failure (rules.md "Impact", --spof): components whose failure alone cuts some client off.
import type { Component, DesignModel } from '../model';
import { numberOf } from '../properties';
import { requestPaths, sortedIds, byId } from './paths';
import { isRedundant } from './redundancy';

export interface SinglePoint {
  component: string;
  clients: string[];
}

export interface ExternalDependency {
  component: string;
  clients: string[];
  /** The external's promised availability, as a number of percent, when it states one. */
  sla?: number;
}

export interface SpofReport {
  spof: SinglePoint[];
  external: ExternalDependency[];
}

/**
 * A component's failure always removes at least itself from every request path it is on, and a component on no
 * client's path removes nothing from any (the path is what the client reaches without it). So "its failure alone
 * leaves some client with something unreachable" is "it is on some client's request path": one pass over the paths,
 * not one failure simulation per component.
 */
export function singlePointsOfFailure(model: DesignModel): SpofReport {
  const clientsOf = new Map<Component, Component[]>();
  for (const { client, path } of requestPaths(model)) {
    for (const component of path) clientsOf.set(component, [...(clientsOf.get(component) ?? []), client]);
  }
  const on = [...clientsOf.keys()].sort(byId);
  return {
    spof: on.filter((c) => c.kind !== 'external' && !isRedundant(c)).map((c) => ({ component: c.id, clients: sortedIds(clientsOf.get(c)!) })),
    external: on.filter((c) => c.kind === 'external').map((c) => {
      const sla = numberOf(c.properties, 'sla') ?? numberOf(c.properties, 'availability');
      return { component: c.id, clients: sortedIds(clientsOf.get(c)!), ...(sla === undefined ? {} : { sla }) };
    }),
  };
}
