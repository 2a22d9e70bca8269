// Rule under-provisioned: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { API_LINE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('under-provisioned', {
  valid: [vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 500/s\n  peak_factor: 3x\n}\n'], [API_LINE, 'service api "API" { autoscale: 2..8, capacity: 1k/s }'], ['gw -> api', 'gw -> api { qps: 2k/s }']])],
  invalid: [
    {
      design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 500/s\n  peak_factor: 3x\n}\n'], [API_LINE, 'service api "API" { instances: 2, capacity: 1k/s }'], ['gw -> api', 'gw -> api { qps: 2k/s }']]),
      findings: [{ at: 'api', severity: 'warning', message: /'api' is under-provisioned: peak load 2k\/s × peak 3 = 6,000\/s, but 1,000\/s × 2 instances = 2,000\/s\..*at least 6 instances \(`instances: 6`\)/ }],
    },
    // The only entry service carries the design's peak reads + writes.
    {
      design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  reads: 1500/s\n  writes: 500/s\n}\n'], [API_LINE, 'service api "API" { autoscale: 2..4, capacity: 100/s }']]),
      findings: [{ at: 'api', severity: 'warning', message: /peak load \(the design's peak reads \+ writes\) 2,000\/s, but 100\/s × 4 instances = 400\/s.*autoscale: 2\.\.20/ }],
    },
    // A dns in front only resolves the name: the service behind it is still the entry service.
    {
      design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  reads: 1500/s\n  writes: 500/s\n}\n'], [API_LINE, 'service api "API" { autoscale: 2..4, capacity: 100/s }'], ['app -> gw : "HTTPS" { protocol: https }', 'dns names "DNS" { managed: true }\napp -> names\nnames -> gw : "HTTPS" { protocol: https }']]),
      findings: [{ at: 'api', severity: 'warning', message: /peak load \(the design's peak reads \+ writes\) 2,000\/s/ }],
    },
  ],
  fixed: [{ output: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 500/s\n  peak_factor: 3x\n}\n'], [API_LINE, 'service api "API" { instances: 6, capacity: 1k/s }'], ['gw -> api', 'gw -> api { qps: 2k/s }']]) }],
});
