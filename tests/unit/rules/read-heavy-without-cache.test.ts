// Rule read-heavy-without-cache: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { API_LINE, vary } from './designs';
import { ruleTester } from './tester';

const READ_HEAVY: [string, string] = ['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 100/s\n  read_write_ratio: 50\n}\n'];

ruleTester('read-heavy-without-cache', {
  valid: [
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 100/s\n  read_write_ratio: 5\n}\n']]),
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  reads: 10k/s\n  writes: 100/s\n}\n']], 'cache c "Redis" { ttl: 1h }\napi -> c\n'),
    // v2: a database only background work reads (a worker behind a queue) carries none of the request traffic.
    vary([READ_HEAVY], 'queue jobs "Jobs" { engine: sqs, dlq: jobs-dlq }\nqueue jobs-dlq "Dead letters" { engine: sqs }\nworker w "Reporter"\ndatabase reports "Reports" { engine: postgres, replicas: 2, backup: 1d }\napi -> c\ncache c "Redis" { ttl: 1h }\napi ~> jobs\njobs ~> w\nw -> reports { access: read }\n'),
    // v2: a worker reading a request-path database is not one of its readers; the service that reads it has a cache.
    vary([READ_HEAVY], 'cache c "Redis" { ttl: 1h }\napi -> c\nqueue jobs "Jobs" { engine: sqs, dlq: jobs-dlq }\nqueue jobs-dlq "Dead letters" { engine: sqs }\nworker w "Indexer"\napi ~> jobs\njobs ~> w\nw -> db { access: read }\n'),
    // v2: a scheduled reload is no reader either.
    vary([READ_HEAVY, ['api -> db', 'api -> db { access: write }\napi -> db : "reload settings" { access: read, periodic: 2m }']]),
  ],
  invalid: [
    { design: vary([READ_HEAVY]), findings: [{ at: 'db', severity: 'warning', message: /reads 50× more than it writes.*'db' is read by 'api' with no cache/ }] },
    // Only the services count as readers, and one of them without a cache is enough when none has one.
    {
      design: vary([READ_HEAVY, [API_LINE, `${API_LINE}\nservice search "Search" { instances: 2 }`], ['gw -> api', 'gw -> api, search']], 'search -> db { access: read }\n'),
      findings: [{ at: 'db', severity: 'warning', message: /'db' is read by 'api' and 'search' with no cache/ }],
    },
  ],
  fixed: [{}], // the fix works: removes the finding, keeps the design valid and formatted
});
