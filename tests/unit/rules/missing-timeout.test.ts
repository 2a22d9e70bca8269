// Rule missing-timeout: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { vary } from './designs';
import { ruleTester } from './tester';

ruleTester('missing-timeout', {
  valid: [
    vary([], 'external psp "Payments"\napi -> psp { timeout: 2s }\n'), vary([], 'external psp "Payments"\napi ~> psp\n'),
    // v2: the external's own timeout covers every call to it.
    vary([], 'external psp "Payments" { timeout: 3s }\napi -> psp : "charge"\n'),
  ],
  invalid: [{ design: vary([], 'external psp "Payments"\napi -> psp : "charge"\n'), findings: [{ at: '->', line: 11, severity: 'info', message: /The call api → psp to external 'psp' has no timeout/ }] }],
  fixed: [{ output: vary([], 'external psp "Payments"\napi -> psp : "charge" { timeout: 2s }\n') }],
});
