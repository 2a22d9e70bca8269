// Rule flow-over-latency-budget: a flow whose steps, added up, take longer than its latency budget.
import { budgetOf, latencyArithmetic } from '../flowBudget';
import { formatDuration } from '../quantities';
import { defineRule } from './define';
import type { RuleFinding } from './types';

export const rule = defineRule({
  meta: {
    id: 'flow-over-latency-budget',
    category: 'performance',
    severity: 'warning',
    description: "A flow's latency (the sum of its steps' `latency`) exceeds its `latency_budget`, else the scale block's `latency_p99`.",
  },
  check({ model, explain }) {
    const findings: RuleFinding[] = [];
    for (const flow of model.flows) {
      const budget = budgetOf(model, flow);
      const latency = budget.cost.latency;
      if (!latency || !budget.latency || latency.seconds <= budget.latency.seconds) continue;
      const limit = budget.latency.from === 'flow' ? `its latency_budget of ${formatDuration(budget.latency.seconds)}` : `the scale block's latency_p99 of ${formatDuration(budget.latency.seconds)}`;
      findings.push({
        subject: flow,
        message: explain(
          `Flow '${flow.id}' takes ${formatDuration(latency.seconds)} (${latencyArithmetic(budget)}), over ${limit}.`,
          'Cut a hop (serve it from a cache, or answer before the slow call and do the rest behind a queue), run independent calls in parallel, or raise the budget if the target allows it.'),
        related: budget.latencySteps.map((step, i) => ({
          subject: flow, range: step.range,
          message: `step ${step.index}: ${step.from.id} → ${step.to.id}, ${formatDuration(latency.terms[i].seconds)}${latency.terms[i].source === 'step' ? ' (the step\'s own latency)' : ''}`,
        })),
      });
    }
    return findings;
  },
});
