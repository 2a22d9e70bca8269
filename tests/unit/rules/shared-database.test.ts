// Rule shared-database: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { API_LINE, BASE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('shared-database', {
  valid: [
    BASE,
    vary([[API_LINE, `${API_LINE}\nservice billing "Billing" { instances: 2 }`], ['gw -> api', 'gw -> api, billing']], 'billing -> db { access: read }\n'),
  ],
  invalid: [{
    design: vary([[API_LINE, `${API_LINE}\nservice billing "Billing" { instances: 2 }`], ['gw -> api', 'gw -> api, billing']], 'billing -> db : "UPDATE invoice"\n'),
    findings: [{ at: 'db', severity: 'info', message: /Database 'db' is written by 2 services: 'api' and 'billing'/ }],
  }],
});
