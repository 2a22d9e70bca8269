// Rule queue-without-consumer: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { vary } from './designs';
import { ruleTester } from './tester';

ruleTester('queue-without-consumer', {
  valid: [vary([], 'queue q "Jobs" { engine: sqs, dlq: q-dlq }\nqueue q-dlq "Dead letters" { engine: sqs }\nworker w "Worker"\napi ~> q\nq ~> w\n')],
  invalid: [{ design: vary([], 'queue q "Jobs" { engine: sqs, dlq: q-dlq }\nqueue q-dlq "Dead letters" { engine: sqs }\napi ~> q\n'), findings: [{ at: 'q', line: 10, severity: 'warning', message: /Nothing consumes queue 'q'.*q ~> worker/ }] }],
});
