// Rule flow-below-availability-budget: flows whose components' promises multiply to less than the budget, near misses and @allow.
import { vary } from './designs';
import { ruleTester } from './tester';

const PROMISES: Array<[string, string]> = [
  ['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'gateway gw "API gateway" { instances: 2, rate_limit: 100/s, availability: 99.95% }'],
  ['service api "API" { instances: 2 }', 'service api "API" { instances: 2, availability: 99.9% }'],
];
const flow = (properties: string) => `\nflow order "Place an order" {\n  ${properties}\n  app -> gw\n  gw -> api\n  api -> db\n}\n`;

ruleTester('flow-below-availability-budget', {
  valid: [
    vary(PROMISES, flow('availability_budget: 99.8%')),
    // No budget: not checked.
    vary(PROMISES, flow('description: "no budget"')),
    // No component declares a figure.
    vary([], flow('availability_budget: 99.99%')),
  ],
  invalid: [
    {
      design: vary(PROMISES, flow('availability_budget: 99.9%')),
      findings: [{ at: 'order', severity: 'warning', message: /Flow 'order' can be up at most 99.95% \(gw\) × 99.9% \(api\) = 99.85\d*%, below its availability_budget of 99.9%/ }],
    },
    {
      design: vary(PROMISES, `\nscale { availability: 99.9% }\n${flow('description: "scale budget"')}`),
      findings: [{ at: 'order', severity: 'warning', message: /below the scale block's availability of 99.9%/ }],
    },
  ],
});
