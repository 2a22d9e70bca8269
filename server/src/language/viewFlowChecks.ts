// The language's own checks on views and flows: a step that uses no declared connection, a view that shows nothing.
import { ARROW_TEXT } from './ast';
import { severityOf } from './codes';
import type { Diagnostic } from './diagnostics';
import { connectionsFrom } from './flows';
import type { Connection, DesignModel, Flow, FlowStep, View } from './model';
import { viewContent } from './views';

function connectionText(connection: Connection): string {
  return `${connection.from.id} ${ARROW_TEXT[connection.kind]} ${connection.to.id}`;
}

function unconnected(model: DesignModel, flow: Flow, step: FlowStep): Diagnostic {
  const written = `${step.from.id} ${ARROW_TEXT[step.arrow]} ${step.to.id}`;
  const existing = connectionsFrom(model, step.from);
  const suggestions = existing.length === 0
    ? ` '${step.from.id}' has no connections of its own yet.`
    : ` '${step.from.id}' has: ${existing.slice(0, 6).map((c) => `'${connectionText(c)}'`).join(', ')}${existing.length > 6 ? ', …' : ''}.`;
  return {
    uri: flow.uri, range: step.range, severity: severityOf('flow-step-not-connected'), code: 'flow-step-not-connected',
    message: `Step ${step.index} of flow '${flow.id}' (${written}) uses no declared connection: declare '${written}' or change the step.${suggestions}`,
    subject: flow.id,
    data: { from: step.from.id, to: step.to.id, arrow: step.arrow },
    ...(existing.length > 0 ? { related: existing.slice(0, 6).map((c) => ({ uri: c.uri, range: c.arrow.range, message: `declared: ${connectionText(c)}` })) } : {}),
  };
}

function empty(view: View): Diagnostic {
  return {
    uri: view.uri, range: view.idRange, severity: severityOf('empty-view'), code: 'empty-view', subject: view.id,
    message: `View '${view.id}' shows nothing: its selection names no component, or 'exclude' removes every one. Widen 'include', 'kinds', 'tags' or 'around'.`,
  };
}

export function checkViewsAndFlows(model: DesignModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const flow of model.flows) {
    for (const step of flow.steps) if (!step.connection) diagnostics.push(unconnected(model, flow, step));
  }
  for (const view of model.views) {
    if (viewContent(model, view.query).components.size === 0) diagnostics.push(empty(view));
  }
  return diagnostics;
}
