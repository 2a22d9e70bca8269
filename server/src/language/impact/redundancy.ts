// "Redundant by itself" (rules.md v2): whether one component survives the loss of one of its machines.
import type { Component } from '../model';
import { booleanOf, numberOf, rangeOf } from '../properties';

/** Why a component is internally redundant, in the words a hover shows; undefined when it is not. */
export function redundancyOf(component: Component): string | undefined {
  const { properties } = component;
  const instances = numberOf(properties, 'instances');
  if (instances !== undefined && instances > 1) return `runs ${instances} instances`;
  const autoscale = rangeOf(properties, 'autoscale');
  if (autoscale && autoscale.min > 1) return `autoscales from ${autoscale.min} instances`;
  const replicas = numberOf(properties, 'replicas');
  if (replicas !== undefined && replicas >= 1) return `has ${replicas} replica${replicas === 1 ? '' : 's'}`;
  if (booleanOf(properties, 'multi_region') === true) return 'runs in several regions (multi_region)';
  if (booleanOf(properties, 'managed') === true) return 'is a managed service the provider runs redundantly';
  return undefined;
}

export function isRedundant(component: Component): boolean {
  return redundancyOf(component) !== undefined;
}
