// Rule queue-without-dlq: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, apply, findings, fixesFor } from '../rules-support';
import { DESIGN, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('queue-without-dlq', {
  valid: [
    vary([], 'queue q "Jobs" { engine: sqs, dlq: q-dlq }\nqueue q-dlq "Dead letters" { engine: sqs }\nworker w "Worker"\napi ~> q\nq ~> w\n'),
    // Nobody consumes it: that is queue-without-consumer's finding, not this one.
    vary([], 'queue q "Jobs" { engine: sqs }\napi ~> q\n'),
    // v2: fire-and-forget delivery drops failed messages; there is nothing to dead-letter.
    vary([], 'topic t "Metrics" { engine: nats, delivery: at-most-once }\nworker w "Worker"\napi ~> t\nt ~> w\n'),
  ],
  invalid: [
    { design: vary([], 'queue q "Jobs" { engine: sqs }\nworker w "Worker"\napi ~> q\nq ~> w\n'), findings: [{ at: 'q', severity: 'warning', message: /Queue 'q' has consumers but no dead-letter queue.*dlq: q-dlq/ }] },
    { design: vary([], 'topic t "Events" { engine: kafka }\nworker w "Worker"\napi ~> t\nt ~> w\n'), findings: [{ at: 't', severity: 'warning', message: /Topic 't'/ }] },
    { design: vary([], 'queue q "Jobs" { engine: sqs, delivery: at-least-once }\nworker w "Worker"\napi ~> q\nq ~> w\n'), findings: [{ at: 'q', severity: 'warning', message: /Queue 'q'/ }] },
    { design: vary([], 'queue q "Jobs" { engine: kafka, delivery: exactly-once }\nworker w "Worker"\napi ~> q\nq ~> w\n'), findings: [{ at: 'q', severity: 'warning', message: /Queue 'q'/ }] },
  ],
  fixed: [{ output: vary([], 'queue q "Jobs" { engine: sqs, dlq: q-dlq }\nqueue q-dlq "Jobs (dead letters)" { engine: sqs }\nworker w "Worker"\napi ~> q\nq ~> w\n') }],
});

test('the DLQ fix creates a dead-letter topic for a topic, with its engine, and the new one raises nothing', () => {
  const text = `${DESIGN}topic events "Events" { engine: kafka }\nworker w "Worker"\napi ~> events\nevents ~> w\n`;
  const [finding] = findings(text, 'queue-without-dlq');
  const fixed = apply(text, fixesFor(text, finding)[0]);
  assert.match(fixed, /^topic events "Events" \{ engine: kafka, dlq: events-dlq \}\ntopic events-dlq "Events \(dead letters\)" \{ engine: kafka \}$/m);
  assert.deepEqual(analyzeText(fixed).diagnostics, []);
});
