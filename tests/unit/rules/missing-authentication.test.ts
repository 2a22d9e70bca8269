// Rule missing-authentication: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { API_LINE, vary } from './designs';
import { ruleTester } from './tester';

const GW = 'gateway gw "API gateway" { instances: 2, rate_limit: 100/s }';
const GW_JWT = 'gateway gw "API gateway" { instances: 2, rate_limit: 100/s, auth: jwt }';

ruleTester('missing-authentication', {
  valid: [
    vary([[GW, GW_JWT]]),
    // The service checks the caller itself.
    vary([[API_LINE, 'service api "API" { instances: 2, auth: mtls }']]),
    // A service reached only through a queue is on no client's request path.
    vary([[GW, GW_JWT]], 'queue jobs "Jobs" { engine: sqs, dlq: jobs-dlq }\nqueue jobs-dlq "DLQ" { engine: sqs }\nservice billing "Billing" { instances: 2 }\napi ~> jobs\njobs ~> billing\n'),
  ],
  invalid: [
    { design: vary([]), findings: [{ at: 'api', line: 4, severity: 'info', message: /Client 'app' reaches service 'api' \(app → gw → api\) with no `auth` on any gateway or service on the way.*set `auth` \(e\.g\. `auth: jwt`\) on 'gw'/s }] },
    { design: vary([[GW, 'gateway gw "API gateway" { instances: 2, rate_limit: 100/s, auth: none }']]), findings: [{ at: 'api', line: 4, severity: 'info', message: /with no `auth`/ }] },
    // A second way in that skips the gateway's check.
    {
      design: vary([[GW, GW_JWT]], 'client admin "Admin console" { type: web }\nadmin -> api : "HTTPS" { protocol: https }\n'),
      findings: [{ at: 'api', line: 4, severity: 'info', message: /Client 'admin' reaches service 'api' \(admin → api\).*on 'api'/s }],
    },
    // Without a gateway the first service is where the check goes.
    {
      design: 'design "No gateway"\n\nclient app "App" { type: mobile }\nservice front "Front" { instances: 2, rate_limit: 100/s }\nservice back "Back" { instances: 2 }\n\napp -> front : "HTTPS" { protocol: https }\nfront -> back\n',
      findings: [
        { at: 'front', line: 3, severity: 'info', message: /reaches service 'front' \(app → front\)/ },
        { at: 'back', line: 4, severity: 'info', message: /reaches service 'back' \(app → front → back\).*on 'front'/s },
      ],
    },
  ],
  fixed: [
    { output: vary([[GW, GW_JWT]]) },
    {
      design: 'design "No gateway"\n\nclient app "App" { type: mobile }\nservice front "Front" { instances: 2, rate_limit: 100/s }\nservice back "Back" { instances: 2 }\n\napp -> front : "HTTPS" { protocol: https }\nfront -> back\n',
      output: 'design "No gateway"\n\nclient app "App" { type: mobile }\nservice front "Front" { instances: 2, rate_limit: 100/s, auth: jwt }\nservice back "Back" { instances: 2 }\n\napp -> front : "HTTPS" { protocol: https }\nfront -> back\n',
    },
  ],
});
