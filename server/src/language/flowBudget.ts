// What a flow costs against what it may cost: the cost terms by step, the budgets (the flow's own, else the scale block's), the arithmetic.
import { flowCost, type FlowCost } from './flows';
import type { DesignModel, Flow, FlowStep } from './model';
import { numberOf } from './properties';
import { formatDuration, formatNumber } from './quantities';

export interface FlowBudget {
  cost: FlowCost;
  /** Seconds, and where it comes from. */
  latency?: { seconds: number; from: 'flow' | 'scale' };
  availability?: { percent: number; from: 'flow' | 'scale' };
  /** The step each latency term is about, in the order of `cost.latency.terms`. */
  latencySteps: FlowStep[];
}

const budgets = new WeakMap<Flow, FlowBudget>();

export function budgetOf(model: DesignModel, flow: Flow): FlowBudget {
  const known = budgets.get(flow);
  if (known) return known;
  const cost = flowCost(flow.steps.map((step) => ({
    query: { from: step.from, to: step.to, arrow: step.arrow, latency: step.latency }, connection: step.connection,
  })));
  const scale = model.scale?.properties;
  const latency = flow.latencyBudget ?? (scale && numberOf(scale, 'latency_p99'));
  const availability = flow.availabilityBudget ?? (scale && numberOf(scale, 'availability'));
  const budget: FlowBudget = {
    cost,
    latencySteps: (cost.latency?.terms ?? []).map((term) => flow.steps[term.step - 1]),
    ...(latency !== undefined ? { latency: { seconds: latency, from: flow.latencyBudget !== undefined ? 'flow' as const : 'scale' as const } } : {}),
    ...(availability !== undefined
      ? { availability: { percent: availability, from: flow.availabilityBudget !== undefined ? 'flow' as const : 'scale' as const } }
      : {}),
  };
  budgets.set(flow, budget);
  return budget;
}

/** `20 ms (step 2) + 1 ms (step 4) = 21 ms`: the latency sum as written out, numbered as the steps are written. */
export function latencyArithmetic(budget: FlowBudget): string {
  const latency = budget.cost.latency;
  if (!latency) return '';
  const terms = latency.terms.map((term, i) => `${formatDuration(term.seconds)} (step ${budget.latencySteps[i].index})`);
  return terms.length === 1 ? terms[0] : `${terms.join(' + ')} = ${formatDuration(latency.seconds)}`;
}

/** `99.9% (api) × 99.95% (db) = 99.85%`. */
export function availabilityArithmetic(budget: FlowBudget): string {
  const availability = budget.cost.availability;
  if (!availability) return '';
  const terms = availability.terms.map((term) => `${term.percent}% (${term.component.id})`);
  return terms.length === 1 ? terms[0] : `${terms.join(' × ')} = ${formatPercent(availability.percent)}`;
}

export function formatPercent(percent: number): string {
  return `${formatNumber(percent, 4)}%`;
}
