// Rule orphan-component: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { BASE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('orphan-component', {
  valid: [
    BASE, vary([], 'queue q "Jobs" { dlq: q-dlq }\nqueue q-dlq "Dead letters"\nworker w "W"\napi ~> q\nq ~> w\n'),
    // v2: monitoring watches everything without arrows.
    vary([], 'monitoring obs "Observability" { signals: [metrics, logs] }\n'),
  ],
  invalid: [
    { design: vary([], 'external geo "Geo IP"\n'), findings: [{ at: 'geo', severity: 'hint', message: /External 'geo' has no connections/ }] },
    // v2: only a dlq: keeps an unconnected component in the design; being named by another's derived_from does not.
    { design: vary([], 'database legacy "Legacy DB" { engine: postgres, replicas: 2, backup: 1d }\ncache c "Cache" { ttl: 1h, derived_from: [legacy] }\napi -> c\n'), findings: [{ at: 'legacy', severity: 'hint', message: /Database 'legacy' has no connections/ }] },
    { design: vary([], 'cache c "Cache" { ttl: 1h, derived_from: [db] }\n'), findings: [{ at: 'c', severity: 'hint', message: /Cache 'c'/ }] },
  ],
  fixed: [{ output: BASE }],
});
