// Rule missing-load-balancer: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { API_LINE, BASE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('missing-load-balancer', {
  valid: [
    BASE, vary([[API_LINE, 'service api "API"'], ['app -> gw : "HTTPS" { protocol: https }', 'app -> api : "HTTPS" { protocol: https }']]),
    // A dns in front of the gateway is no direct call to the service.
    vary([['app -> gw : "HTTPS" { protocol: https }', 'dns names "DNS" { managed: true }\napp -> names\nnames -> gw : "HTTPS" { protocol: https }']]),
  ],
  invalid: [
    { design: vary([['app -> gw : "HTTPS" { protocol: https }', 'app -> api : "HTTPS" { protocol: https }'], ['gw -> api\n', '']]), findings: [{ at: '->', line: 7, severity: 'warning', message: /Client 'app' calls service 'api' directly, but 'api' runs 2 instances/ }] },
    { design: vary([[API_LINE, 'service api "API" { autoscale: 2..4 }']], 'cdn edge "CDN"\napp -> edge\nedge -> api\n'), findings: [{ at: '->', line: 12, severity: 'warning', message: /CDN 'edge' calls service 'api' directly, but 'api' autoscales/ }] },
  ],
  fixed: [{}], // the fix works: removes the finding, keeps the design valid and formatted
});
