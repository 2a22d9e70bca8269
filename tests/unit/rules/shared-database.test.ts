// Rule shared-database: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { API_LINE, BASE, vary } from './designs';
import { ruleTester } from './tester';

const TWO_SERVICES = (api: string, billing: string): Array<[string, string]> => [[API_LINE, `${api}\n${billing}`], ['gw -> api', 'gw -> api, billing']];

ruleTester('shared-database', {
  valid: [
    BASE,
    vary(TWO_SERVICES(API_LINE, 'service billing "Billing" { instances: 2 }'), 'billing -> db { access: read }\n'),
    // v2: one team owns both services, so the database is that team's.
    vary(TWO_SERVICES('service api "API" { instances: 2, owner: "payments" }', 'service billing "Billing" { instances: 2, owner: payments }'), 'billing -> db : "UPDATE invoice"\n'),
    // v2: a worker is its service's background side, not a second owner.
    vary([], 'queue jobs "Jobs" { engine: sqs, dlq: jobs-dlq }\nqueue jobs-dlq "Dead letters" { engine: sqs }\nworker w "Cleanup"\napi ~> jobs\njobs ~> w\nw -> db { access: write }\n'),
  ],
  invalid: [
    {
      design: vary(TWO_SERVICES(API_LINE, 'service billing "Billing" { instances: 2 }'), 'billing -> db : "UPDATE invoice"\n'),
      findings: [{ at: 'db', severity: 'info', message: /Database 'db' is written by 2 services: 'api' and 'billing'/ }],
    },
    {
      // Owners that differ, or one that is missing, are two owners.
      design: vary(TWO_SERVICES('service api "API" { instances: 2, owner: "accounts" }', 'service billing "Billing" { instances: 2, owner: "payments" }'), 'billing -> db { access: write }\n'),
      findings: [{ at: 'db', severity: 'info', message: /written by 2 services.*the same `owner`/ }],
    },
    {
      design: vary(TWO_SERVICES('service api "API" { instances: 2, owner: "payments" }', 'service billing "Billing" { instances: 2 }'), 'billing -> db\n'),
      findings: [{ at: 'db', severity: 'info', message: /written by 2 services/ }],
    },
  ],
});
