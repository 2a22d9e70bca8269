// Rule under-provisioned: a service's capacity × instances is below the peak load on it; the message shows the arithmetic.
import { componentSite, propertyFix } from '../fixes/ruleFix';
import { setProperty } from '../fixes/rulesEdits';
import type { Component, DesignModel } from '../model';
import { numberOf, quantityOf, rangeOf } from '../properties';
import { formatNumber } from '../quantities';
import { defineRule } from './define';
import { clients, firstReached, incomingOf, named, unique } from './graph';
import type { RuleDefinition, RuleFinding } from './types';

/** The most instances a service can run: the top of `autoscale`, else `instances`, else one. */
export function maxInstances(service: Component): number {
  return rangeOf(service.properties, 'autoscale')?.max ?? numberOf(service.properties, 'instances') ?? 1;
}

/** The services clients reach first (through DNS, CDNs, load balancers and gateways: they only pass requests on). */
function entryServices(model: DesignModel): Component[] {
  return unique(clients(model).flatMap((client) => firstReached(client, ['service'], ['dns', 'cdn', 'loadbalancer', 'gateway'])));
}

const rate = (value: number) => `${formatNumber(value)}/s`;

export const rule = defineRule({
  meta: {
    id: 'under-provisioned',
    category: 'scalability',
    severity: 'warning',
    description: "A service's capacity × its maximum instances is below the peak load on it.",
    fix: 'raise `instances` / `autoscale` to the needed count',
  },
  quickFix({ diagnostic, component }) {
    const needed = diagnostic.data?.needed;
    if (!component || typeof needed !== 'number') return undefined;
    const autoscale = rangeOf(component.properties, 'autoscale');
    const site = componentSite(component);
    if (autoscale) return propertyFix(`Set autoscale: ${autoscale.min}..${needed}`, setProperty(site, component.properties.get('autoscale'), 'autoscale', `${autoscale.min}..${needed}`));
    return propertyFix(`Set instances: ${needed}`, setProperty(site, component.properties.get('instances'), 'instances', String(needed)));
  },
  check({ model, estimate, explain }) {
    const entries = entryServices(model);
    const factor = estimate.peakFactor.value;
    const findings: RuleFinding[] = [];
    for (const service of model.components) {
      if (service.kind !== 'service' && service.kind !== 'worker') continue;
      const capacity = numberOf(service.properties, 'capacity');
      if (!capacity) continue;
      const loaded = incomingOf(service).filter((c) => quantityOf(c.properties, 'qps') !== undefined);
      let peak: number;
      let how: string;
      if (loaded.length > 0) {
        const total = loaded.reduce((sum, c) => sum + (numberOf(c.properties, 'qps') ?? 0), 0);
        peak = total * factor;
        const parts = loaded.map((c) => quantityOf(c.properties, 'qps')!.text);
        how = `${parts.length > 1 ? `(${parts.join(' + ')})` : parts[0]} × peak ${formatNumber(factor)} = ${rate(peak)}`;
      } else if (entries.length === 1 && entries[0] === service && estimate.peakTotal) {
        peak = estimate.peakTotal.value;
        how = `(the design's peak reads + writes) ${rate(peak)}`;
      } else continue;
      const instances = maxInstances(service);
      const supply = capacity * instances;
      if (supply >= peak) continue;
      const needed = Math.ceil(peak / capacity);
      findings.push({
        subject: service,
        message: explain(
          `${named(service)} is under-provisioned: peak load ${how}, but ${rate(capacity)} × ${instances} instance${instances === 1 ? '' : 's'} = ${rate(supply)}.`,
          `Run at least ${needed} instances (${rangeOf(service.properties, 'autoscale') ? `\`autoscale: ${rangeOf(service.properties, 'autoscale')!.min}..${needed}\`` : `\`instances: ${needed}\``}), or raise its \`capacity\`.`),
        related: loaded.map((c) => ({ subject: c.from, message: `'${c.from.id}' sends ${quantityOf(c.properties, 'qps')!.text}` })),
        data: { needed },
      });
    }
    return findings;
  },
});
