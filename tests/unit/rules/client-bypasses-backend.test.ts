// Rule client-bypasses-backend: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { BASE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('client-bypasses-backend', {
  valid: [
    BASE,
    // A client resolving the entry's name through dns talks to no data store.
    vary([['app -> gw : "HTTPS" { protocol: https }', 'dns names "DNS" { managed: true }\napp -> names\nnames -> gw : "HTTPS" { protocol: https }']]),
    vary([], 'storage files "Files"\napi -> files\napp -> files : "upload via pre-signed URL"\n'),
    vary([], 'storage files "Files"\napi -> files\napp -> files { description: "PUT to a Presigned link" }\n'),
  ],
  invalid: [
    { design: vary([], 'app -> db : "read directly"\n'), findings: [{ at: '->', line: 10, severity: 'error', message: /Client 'app' connects directly to database 'db'.*Route the client through a service/ }] },
    { design: vary([], 'storage files "Files"\napp -> files : "upload"\n'), findings: [{ at: '->', line: 11, severity: 'error', message: /storage 'files'.*pre-signed/ }] },
    { design: vary([], 'cache c "Redis" { ttl: 1h }\napi -> c\nc <-> app\n'), findings: [{ at: '<->', line: 12, severity: 'error', message: /cache 'c'/ }] },
  ],
});
