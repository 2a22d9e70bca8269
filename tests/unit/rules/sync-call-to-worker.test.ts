// Rule sync-call-to-worker: designs that fire it (severity, range, message), near misses, @allow; it has no quick fix.
import { vary } from './designs';
import { ruleTester } from './tester';

const QUEUED = 'queue jobs "Jobs" { engine: sqs, dlq: jobs-dlq }\nqueue jobs-dlq "Dead letters" { engine: sqs }\nworker encoder "Encoder" { instances: 2 }\n';

ruleTester('sync-call-to-worker', {
  valid: [
    vary([], `${QUEUED}api ~> jobs\njobs ~> encoder\n`),
    // A schedule starting a batch is no caller waiting for it.
    vary([], 'worker report "Nightly report"\napi -> report : "start" { periodic: 1d }\n'),
    // A worker calling a service is the worker's own business.
    vary([], 'worker sweeper "Sweeper"\nsweeper -> api\n'),
  ],
  invalid: [
    { design: vary([], 'worker encoder "Encoder" { instances: 2 }\napi -> encoder : "encode"\n'), findings: [{ at: '->', line: 11, severity: 'warning', message: /'api' calls worker 'encoder' synchronously \(`->`\) and waits for background work to finish\..*`api ~> <queue> ~> encoder`/s }] },
    { design: vary([], 'group pool "Workers" {\n  worker a "A"\n  worker b "B"\n}\napi -> pool\n'), findings: [{ at: '->', line: 14, severity: 'warning', message: /calls workers 'a' and 'b' synchronously/ }] },
  ],
});
