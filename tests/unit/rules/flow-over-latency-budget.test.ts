// Rule flow-over-latency-budget: flows whose steps add up to more than their budget (the flow's own or the scale block's), near misses and @allow.
import { vary } from './designs';
import { ruleTester } from './tester';

const LATENCIES: Array<[string, string]> = [
  ['app -> gw : "HTTPS" { protocol: https }', 'app -> gw : "HTTPS" { protocol: https, latency: 40ms }'],
  ['gw -> api', 'gw -> api { latency: 5ms }'],
  ['api -> db', 'api -> db { latency: 80ms }'],
];
const flow = (properties: string, steps = 'app -> gw\n  gw -> api\n  api -> db') => `\nflow order "Place an order" {\n  ${properties}\n  ${steps}\n}\n`;

ruleTester('flow-over-latency-budget', {
  valid: [
    // Under budget.
    vary(LATENCIES, flow('latency_budget: 200ms')),
    // Exactly at the budget is within it.
    vary(LATENCIES, flow('latency_budget: 125ms')),
    // No budget of its own and none in the scale block: not checked.
    vary(LATENCIES, flow('description: "no budget"')),
    // No step has a latency to count.
    vary([], flow('latency_budget: 1ms')),
    // A `~>` step adds nothing.
    vary([...LATENCIES.slice(0, 2), ['api -> db', 'api ~> db { latency: 80ms }']], flow('latency_budget: 50ms', 'app -> gw\n  gw -> api\n  api ~> db')),
    // The step's own latency overrides the connection's.
    vary(LATENCIES, flow('latency_budget: 100ms', 'app -> gw\n  gw -> api\n  api -> db { latency: 10ms }')),
  ],
  invalid: [
    {
      design: vary(LATENCIES, flow('latency_budget: 100ms')),
      findings: [{ at: 'order', severity: 'warning', message: /Flow 'order' takes 125 ms \(40 ms \(step 1\) \+ 5 ms \(step 2\) \+ 80 ms \(step 3\) = 125 ms\), over its latency_budget of 100 ms/ }],
    },
    {
      // No budget of its own: the scale block's latency_p99 stands in.
      design: vary(LATENCIES, `\nscale { latency_p99: 50ms }\n${flow('description: "scale budget"')}`),
      findings: [{ at: 'order', severity: 'warning', message: /over the scale block's latency_p99 of 50 ms/ }],
    },
  ],
});
