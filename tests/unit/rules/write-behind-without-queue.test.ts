// Rule write-behind-without-queue: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { vary } from './designs';
import { ruleTester } from './tester';

ruleTester('write-behind-without-queue', {
  valid: [
    vary([], 'cache c "Carts" { ttl: 1d, pattern: write-behind }\nqueue w "Writes" { dlq: w-dlq }\nqueue w-dlq "Dead letters"\nworker f "Flusher"\napi -> c\napi ~> w\nw ~> f\nf -> db\n'),
    vary([], 'cache c "Carts" { ttl: 1d, pattern: write-behind }\napi -> c { access: read }\n'),
  ],
  invalid: [{ design: vary([], 'cache c "Carts" { ttl: 1d, pattern: write-behind }\napi -> c\n'), findings: [{ at: 'c', severity: 'warning', message: /Cache 'c' is write-behind, but its writer 'api' publishes to no queue/ }] }],
});
