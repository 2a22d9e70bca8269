// Rule flow-below-availability-budget: a flow whose components' promises multiply to less than its availability budget.
import { availabilityArithmetic, budgetOf, formatPercent } from '../flowBudget';
import { defineRule } from './define';
import type { RuleFinding } from './types';

export const rule = defineRule({
  meta: {
    id: 'flow-below-availability-budget',
    category: 'reliability',
    severity: 'warning',
    description: "The product of the `availability`/`sla` of a flow's components is below its `availability_budget`, else the scale block's `availability`.",
  },
  check({ model, explain }) {
    const findings: RuleFinding[] = [];
    for (const flow of model.flows) {
      const budget = budgetOf(model, flow);
      const ceiling = budget.cost.availability;
      if (!ceiling || !budget.availability || ceiling.percent >= budget.availability.percent) continue;
      const target = budget.availability.from === 'flow' ? 'its availability_budget' : "the scale block's availability";
      findings.push({
        subject: flow,
        message: explain(
          `Flow '${flow.id}' can be up at most ${availabilityArithmetic(budget)}, below ${target} of ${budget.availability.percent}%.`,
          'Make the weakest components on it redundant (and promise more), take a dependency off the synchronous path, or lower the budget if the target allows it.'),
        related: ceiling.terms.map((term) => ({ subject: term.component, message: `'${term.component.id}' promises ${formatPercent(term.percent)}` })),
      });
    }
    return findings;
  },
});
