// The availability part of a component's hover: redundant by itself or not (and why), and whom its failure cuts off.
import { redundancyOf, singlePointsOfFailure, type SpofReport } from './impact';
import type { Component, DesignModel } from './model';
import { numberOf } from './properties';

const reports = new WeakMap<DesignModel, SpofReport>();

function spofReport(model: DesignModel): SpofReport {
  let report = reports.get(model);
  if (!report) {
    report = singlePointsOfFailure(model);
    reports.set(model, report);
  }
  return report;
}

function clientList(clients: readonly string[]): string {
  return clients.map((id) => `\`${id}\``).join(', ');
}

/** Markdown lines (each section starts with a blank line); none for a client, whose failure is its own. */
export function availabilityLines(model: DesignModel, component: Component): string[] {
  if (component.kind === 'client') return [];
  const report = spofReport(model);
  const promise = numberOf(component.properties, 'availability') ?? numberOf(component.properties, 'sla');
  const lines = ['', '**Availability**'];
  if (promise !== undefined) lines.push(`- promises ${promise}%`);
  if (component.kind === 'external') {
    const dependency = report.external.find((entry) => entry.component === component.id);
    lines.push(dependency ? `- an outside dependency of ${clientList(dependency.clients)}: sysd cannot make it redundant, only time out and degrade` : '- on no client\'s request path');
    return lines;
  }
  const why = redundancyOf(component);
  if (why) {
    lines.push(`- redundant by itself: it ${why}`);
    return lines;
  }
  lines.push('- not redundant by itself: one instance, no replicas, not `managed`, not `multi_region`');
  const spof = report.spof.find((entry) => entry.component === component.id);
  lines.push(spof
    ? `- **a single point of failure** for ${clientList(spof.clients)}: if it fails, they lose it and what only it reaches (\`sysd impact --fail ${component.id}\`)`
    : '- on no client\'s request path, so its failure cuts no client off');
  return lines;
}
