// Rule orphan-component: a component nothing connects to and that connects to nothing.
import { deleteLines } from '../fixes/rulesEdits';
import type { Component, DesignModel } from '../model';
import { defineRule } from './define';
import { incomingOf, named, outgoingOf } from './graph';

/** Components some property names (a queue's `dlq`): they are part of the design though no arrow reaches them. */
function referencedByProperty(model: DesignModel): Set<Component> {
  const referenced = new Set<Component>();
  for (const reference of model.references) {
    if (reference.context === 'property' && reference.target?.type === 'component') referenced.add(reference.target);
  }
  return referenced;
}

export const rule = defineRule({
  meta: {
    id: 'orphan-component',
    category: 'maintainability',
    severity: 'hint',
    description: 'A component with no connections at all.',
    fix: 'remove the component',
    tags: ['unnecessary'],
    structural: true,
  },
  quickFix({ component }) {
    return component && { title: `Remove '${component.id}'`, edits: [deleteLines(component.decl)] };
  },
  check({ model, explain }) {
    const referenced = referencedByProperty(model);
    return model.components
      .filter((c) => incomingOf(c).length === 0 && outgoingOf(c).length === 0 && !referenced.has(c))
      .map((c) => ({
        subject: c,
        message: explain(
          `${c.kind[0].toUpperCase()}${c.kind.slice(1)} ${named(c)} has no connections.`,
          `Connect it (e.g. \`service -> ${c.id}\`) or remove it.`),
      }));
  },
});
