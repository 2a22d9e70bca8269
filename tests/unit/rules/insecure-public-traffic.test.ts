// Rule insecure-public-traffic: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { BASE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('insecure-public-traffic', {
  valid: [BASE, vary([['gw -> api', 'gw -> api { protocol: http }']])],
  invalid: [
    { design: vary([['{ protocol: https }', '{ protocol: http }']]), findings: [{ at: '->', line: 7, severity: 'warning', message: /app → gw from client 'app' uses unencrypted 'http'.*protocol: https/ }] },
    { design: vary([], 'app <-> gw : "live" { protocol: websocket }\n'), findings: [{ at: '<->', line: 10, severity: 'warning', message: /'websocket'.*protocol: wss/ }] },
    { design: vary([], 'external psp "Payments"\napi -> psp { protocol: http, timeout: 2s }\n'), findings: [{ at: '->', line: 11, severity: 'warning', message: /with external 'psp'/ }] },
  ],
  fixed: [{ output: BASE }],
});
