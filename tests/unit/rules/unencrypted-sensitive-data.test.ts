// Rule unencrypted-sensitive-data: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { DB_LINE, vary } from './designs';
import { ruleTester } from './tester';

const db = (extra: string) => DB_LINE.replace('backup: 1d', `backup: 1d${extra}`);

ruleTester('unencrypted-sensitive-data', {
  valid: [
    vary([]),
    vary([[DB_LINE, db(', sensitive: true, encryption: true')]]),
    vary([[DB_LINE, db(', sensitive: false')]]),
    vary([], 'storage blobs "Uploads" { encryption: true, sensitive: true }\napi -> blobs\n'),
  ],
  invalid: [
    { design: vary([[DB_LINE, db(', sensitive: true')]]), findings: [{ at: 'db', line: 5, severity: 'warning', message: /The database 'db' holds sensitive data \(`sensitive: true`\) but does not encrypt it at rest/ }] },
    { design: vary([[DB_LINE, db(', sensitive: true, encryption: false')]]), findings: [{ at: 'db', line: 5, severity: 'warning', message: /Set `encryption: true` on 'db'/ }] },
    { design: vary([], 'queue payments "Payment events" { engine: sqs, sensitive: true }\napi ~> payments\n'), findings: [{ at: 'payments', line: 10, severity: 'warning', message: /The queue 'payments' holds sensitive data/ }] },
  ],
  fixed: [
    { output: vary([[DB_LINE, db(', sensitive: true, encryption: true')]]) },
    { design: vary([[DB_LINE, db(', sensitive: true, encryption: false')]]), output: vary([[DB_LINE, db(', sensitive: true, encryption: true')]]) },
  ],
});
