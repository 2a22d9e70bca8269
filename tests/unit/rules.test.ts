// Every best-practice rule: designs that fire it (id, severity, range, message), near misses, @allow, and its quick fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatText } from '../../server/src/language/format';
import { RULES } from '../../server/src/language/rules/registry';
import { analyzeText, apply, findings, fixesFor, problems, textAt } from './rules-support';

/** A clean design the cases vary: a mobile app behind a rate-limited gateway, two API instances, a replicated database. */
const BASE = `design "Base"

client app "Mobile app" { type: mobile }
gateway gw "API gateway" { instances: 2, rate_limit: 100/s }
service api "API" { instances: 2 }
database db "DB" { engine: postgres, replicas: 2, backup: 1d }

app -> gw : "HTTPS" { protocol: https }
gw -> api
api -> db
`;

/** BASE with some lines replaced (`from` must occur once) and lines appended. */
function vary(replacements: Array<[string, string]>, extra = ''): string {
  let text = BASE;
  for (const [from, to] of replacements) {
    assert.equal(text.split(from).length, 2, `'${from}' occurs once in BASE`);
    text = text.replace(from, to);
  }
  return text + extra;
}

interface Firing {
  design: string;
  /** The text the finding's range covers, and its 0-based line. */
  at: string;
  line?: number;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: RegExp;
}

interface Case {
  id: string;
  fires: Firing[];
  passes: string[];
  /** The quick fix's result for the first firing design, when the rule has a fix; `true` only checks that it works. */
  fixed?: string | true;
}

const DB_LINE = 'database db "DB" { engine: postgres, replicas: 2, backup: 1d }';
const API_LINE = 'service api "API" { instances: 2 }';

const CASES: Case[] = [
  {
    id: 'database-single-point-of-failure',
    fires: [
      { design: vary([[DB_LINE, 'database db "DB" { engine: postgres, backup: 1d }']]), at: 'db', severity: 'warning', message: /'db' has no replicas\. A database on one machine is a single point of failure.*replicas: 2/ },
      { design: vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 0, backup: 1d }']]), at: 'db', severity: 'warning', message: /no replicas/ },
    ],
    passes: [BASE, vary([[DB_LINE, 'database db "DB" { engine: spanner, multi_region: true, backup: 1d }']])],
    fixed: vary([[DB_LINE, 'database db "DB" { engine: postgres, backup: 1d, replicas: 2 }']]),
  },
  {
    id: 'service-single-instance',
    fires: [
      { design: vary([[API_LINE, 'service api "API"']]), at: 'api', severity: 'warning', message: /Service 'api' runs a single instance on the request path from client 'app'.*instances: 2/ },
      { design: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'gateway gw "API gateway" { rate_limit: 100/s }']]), at: 'gw', severity: 'warning', message: /Gateway 'gw'/ },
      // A group on the path passes requests to its members.
      { design: vary([[API_LINE, 'group core "Core" {\n  kind: tier\n  service api "API"\n}'], ['gw -> api', 'gw -> core']]), at: 'api', line: 6, severity: 'warning', message: /single instance/ },
    ],
    passes: [
      vary([[API_LINE, 'service api "API" { autoscale: 2..10 }']]),
      // A worker reached only through a queue is off the request path.
      vary([], 'queue jobs "Jobs" { engine: sqs, dlq: jobs-dlq }\nqueue jobs-dlq "Dead letters" { engine: sqs }\nworker w "Worker"\napi ~> jobs\njobs ~> w\n'),
    ],
    fixed: vary([[API_LINE, 'service api "API" { instances: 2 }']]),
  },
  {
    id: 'single-load-balancer',
    fires: [{
      design: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "Public LB" { health_check: 30s, rate_limit: 100/s }']]),
      at: 'gw', severity: 'info', message: /Load balancer 'gw' runs one instance and every request into the design passes through it.*instances: 2/,
    }],
    passes: [
      vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "Public LB" { instances: 2, health_check: 30s, rate_limit: 100/s }']]),
      // A second way in: the load balancer does not front the whole design.
      vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "Public LB" { health_check: 30s, rate_limit: 100/s }']],
        'gateway admin "Admin gateway" { instances: 2, rate_limit: 10/s }\napp -> admin { protocol: https }\nadmin -> api\n'),
    ],
    fixed: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "Public LB" { health_check: 30s, rate_limit: 100/s, instances: 2 }']]),
  },
  {
    id: 'cache-without-expiry',
    fires: [{ design: vary([], 'cache c "Redis" { engine: redis }\napi -> c\n'), at: 'c', severity: 'warning', message: /Cache 'c' has neither a 'ttl' nor an 'eviction'.*ttl: 1h/ }],
    passes: [vary([], 'cache c "Redis" { engine: redis, ttl: 5m }\napi -> c\n'), vary([], 'cache c "Redis" { eviction: lru }\napi -> c\n')],
    fixed: vary([], 'cache c "Redis" { engine: redis, ttl: 1h, eviction: allkeys-lru }\napi -> c\n'),
  },
  {
    id: 'queue-without-dlq',
    fires: [
      { design: vary([], 'queue q "Jobs" { engine: sqs }\nworker w "Worker"\napi ~> q\nq ~> w\n'), at: 'q', severity: 'warning', message: /Queue 'q' has consumers but no dead-letter queue.*dlq: q-dlq/ },
      { design: vary([], 'topic t "Events" { engine: kafka }\nworker w "Worker"\napi ~> t\nt ~> w\n'), at: 't', severity: 'warning', message: /Topic 't'/ },
    ],
    passes: [
      vary([], 'queue q "Jobs" { engine: sqs, dlq: q-dlq }\nqueue q-dlq "Dead letters" { engine: sqs }\nworker w "Worker"\napi ~> q\nq ~> w\n'),
      // Nobody consumes it: that is queue-without-consumer's finding, not this one.
      vary([], 'queue q "Jobs" { engine: sqs }\napi ~> q\n'),
    ],
    fixed: vary([], 'queue q "Jobs" { engine: sqs, dlq: q-dlq }\nqueue q-dlq "Jobs (dead letters)" { engine: sqs }\nworker w "Worker"\napi ~> q\nq ~> w\n'),
  },
  {
    id: 'queue-without-consumer',
    fires: [{ design: vary([], 'queue q "Jobs" { engine: sqs, dlq: q-dlq }\nqueue q-dlq "Dead letters" { engine: sqs }\napi ~> q\n'), at: 'q', line: 10, severity: 'warning', message: /Nothing consumes queue 'q'.*q ~> worker/ }],
    passes: [vary([], 'queue q "Jobs" { engine: sqs, dlq: q-dlq }\nqueue q-dlq "Dead letters" { engine: sqs }\nworker w "Worker"\napi ~> q\nq ~> w\n')],
  },
  {
    id: 'queue-without-producer',
    fires: [{ design: vary([], 'queue q "Jobs" { engine: sqs, dlq: q-dlq }\nqueue q-dlq "Dead letters" { engine: sqs }\nworker w "Worker"\nq ~> w\n'), at: 'q', line: 10, severity: 'info', message: /Nothing publishes to queue 'q'/ }],
    passes: [vary([], 'queue q "Jobs" { engine: sqs, dlq: q-dlq }\nqueue q-dlq "Dead letters" { engine: sqs }\nworker w "Worker"\napi ~> q\nq ~> w\n')],
  },
  {
    id: 'client-bypasses-backend',
    fires: [
      { design: vary([], 'app -> db : "read directly"\n'), at: '->', line: 10, severity: 'error', message: /Client 'app' connects directly to database 'db'.*Route the client through a service/ },
      { design: vary([], 'storage files "Files"\napp -> files : "upload"\n'), at: '->', line: 11, severity: 'error', message: /storage 'files'.*pre-signed/ },
      { design: vary([], 'cache c "Redis" { ttl: 1h }\napi -> c\nc <-> app\n'), at: '<->', line: 12, severity: 'error', message: /cache 'c'/ },
    ],
    passes: [
      BASE,
      vary([], 'storage files "Files"\napi -> files\napp -> files : "upload via pre-signed URL"\n'),
      vary([], 'storage files "Files"\napi -> files\napp -> files { description: "PUT to a Presigned link" }\n'),
    ],
  },
  {
    id: 'missing-load-balancer',
    fires: [
      { design: vary([['app -> gw : "HTTPS" { protocol: https }', 'app -> api : "HTTPS" { protocol: https }'], ['gw -> api\n', '']]), at: '->', line: 7, severity: 'warning', message: /Client 'app' calls service 'api' directly, but 'api' runs 2 instances/ },
      { design: vary([[API_LINE, 'service api "API" { autoscale: 2..4 }']], 'cdn edge "CDN"\napp -> edge\nedge -> api\n'), at: '->', line: 12, severity: 'warning', message: /CDN 'edge' calls service 'api' directly, but 'api' autoscales/ },
    ],
    passes: [BASE, vary([[API_LINE, 'service api "API"'], ['app -> gw : "HTTPS" { protocol: https }', 'app -> api : "HTTPS" { protocol: https }']])],
    fixed: true,
  },
  {
    id: 'missing-rate-limit',
    fires: [{ design: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'gateway gw "API gateway" { instances: 2 }']]), at: 'gw', severity: 'warning', message: /No rate limit at the entry behind client 'app': gateway 'gw'.*rate_limit: 100\/s/ }],
    passes: [
      BASE,
      // A CDN in front is passed through: the load balancer behind it is the entry.
      vary([['app -> gw : "HTTPS" { protocol: https }', 'app -> edge -> gw : "HTTPS" { protocol: https }']], 'cdn edge "CDN"\n'),
    ],
    fixed: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'gateway gw "API gateway" { instances: 2, rate_limit: 100/s }']]),
  },
  {
    id: 'insecure-public-traffic',
    fires: [
      { design: vary([['{ protocol: https }', '{ protocol: http }']]), at: '->', line: 7, severity: 'warning', message: /app → gw from client 'app' uses unencrypted 'http'.*protocol: https/ },
      { design: vary([], 'app <-> gw : "live" { protocol: websocket }\n'), at: '<->', line: 10, severity: 'warning', message: /'websocket'.*protocol: wss/ },
      { design: vary([], 'external psp "Payments"\napi -> psp { protocol: http, timeout: 2s }\n'), at: '->', line: 11, severity: 'warning', message: /with external 'psp'/ },
    ],
    passes: [BASE, vary([['gw -> api', 'gw -> api { protocol: http }']])],
    fixed: BASE,
  },
  {
    id: 'shared-database',
    fires: [{
      design: vary([[API_LINE, `${API_LINE}\nservice billing "Billing" { instances: 2 }`], ['gw -> api', 'gw -> api, billing']], 'billing -> db : "UPDATE invoice"\n'),
      at: 'db', severity: 'info', message: /Database 'db' is written by 2 services: 'api' and 'billing'/,
    }],
    passes: [
      BASE,
      vary([[API_LINE, `${API_LINE}\nservice billing "Billing" { instances: 2 }`], ['gw -> api', 'gw -> api, billing']], 'billing -> db { access: read }\n'),
    ],
  },
  {
    id: 'synchronous-cycle',
    fires: [{
      design: vary([[API_LINE, `${API_LINE}\nservice pay "Payments" { instances: 2 }`]], 'api -> pay : "charge"\npay -> api : "mark paid"\n'),
      at: '->', line: 12, severity: 'warning', message: /Synchronous cycle: api → pay → api/,
    }],
    passes: [vary([[API_LINE, `${API_LINE}\nservice pay "Payments" { instances: 2 }`]],
      'topic paid "Paid" { engine: kafka, dlq: paid-dlq }\ntopic paid-dlq "Dead letters" { engine: kafka }\napi -> pay : "charge"\npay ~> paid\npaid ~> api\n')],
  },
  {
    id: 'deep-synchronous-chain',
    fires: [{
      design: vary([[API_LINE, `${API_LINE}\nservice b "B" { instances: 2 }\nservice c "C" { instances: 2 }`], ['api -> db', 'api -> b -> c -> db']]),
      at: '->', line: 11, severity: 'info', message: /app → gw → api → b → c → db is 5 synchronous hops, more than 4/,
    }],
    passes: [vary([[API_LINE, `${API_LINE}\nservice b "B" { instances: 2 }`], ['api -> db', 'api -> b -> db']])],
  },
  {
    id: 'read-heavy-without-cache',
    fires: [{ design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 100/s\n  read_write_ratio: 50\n}\n']]), at: 'db', severity: 'warning', message: /reads 50× more than it writes.*'db' is read by 'api' with no cache/ }],
    passes: [
      vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 100/s\n  read_write_ratio: 5\n}\n']]),
      vary([['design "Base"\n', 'design "Base"\n\nscale {\n  reads: 10k/s\n  writes: 100/s\n}\n']], 'cache c "Redis" { ttl: 1h }\napi -> c\n'),
    ],
    fixed: true,
  },
  {
    id: 'under-provisioned',
    fires: [
      {
        design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 500/s\n  peak_factor: 3x\n}\n'], [API_LINE, 'service api "API" { instances: 2, capacity: 1k/s }'], ['gw -> api', 'gw -> api { qps: 2k/s }']]),
        at: 'api', severity: 'warning', message: /'api' is under-provisioned: peak load 2k\/s × peak 3 = 6,000\/s, but 1,000\/s × 2 instances = 2,000\/s\..*at least 6 instances \(`instances: 6`\)/,
      },
      // The only entry service carries the design's peak reads + writes.
      {
        design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  reads: 1500/s\n  writes: 500/s\n}\n'], [API_LINE, 'service api "API" { autoscale: 2..4, capacity: 100/s }']]),
        at: 'api', severity: 'warning', message: /peak load \(the design's peak reads \+ writes\) 2,000\/s, but 100\/s × 4 instances = 400\/s.*autoscale: 2\.\.20/,
      },
    ],
    passes: [vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 500/s\n  peak_factor: 3x\n}\n'], [API_LINE, 'service api "API" { autoscale: 2..8, capacity: 1k/s }'], ['gw -> api', 'gw -> api { qps: 2k/s }']])],
    fixed: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 500/s\n  peak_factor: 3x\n}\n'], [API_LINE, 'service api "API" { instances: 6, capacity: 1k/s }'], ['gw -> api', 'gw -> api { qps: 2k/s }']]),
  },
  {
    id: 'sharding-without-key',
    fires: [{ design: vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, sharding: hash }']]), at: 'db', severity: 'error', message: /`sharding: hash` but has no 'shard_key'/ }],
    passes: [BASE, vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, sharding: none }']])],
    fixed: vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, sharding: hash, shard_key: id }']]),
  },
  {
    id: 'hot-database-without-sharding',
    fires: [{ design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 5k/s\n  peak_factor: 3x\n}\n']]), at: 'db', severity: 'info', message: /Peak writes .*= 15,000\/s\) exceed the 10,000\/s one primary of 'db'/ }],
    passes: [
      vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 1k/s\n  peak_factor: 3x\n}\n']]),
      vary([['design "Base"\n', 'design "Base"\n\nscale {\n  writes: 5k/s\n  peak_factor: 3x\n}\n'], [DB_LINE, 'database db "DB" { engine: postgres, replicas: 2, backup: 1d, sharding: hash, shard_key: id }']]),
    ],
  },
  {
    id: 'missing-health-check',
    fires: [{ design: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "LB" { instances: 2, rate_limit: 100/s }']]), at: 'gw', severity: 'info', message: /Load balancer 'gw' has no 'health_check'/ }],
    passes: [BASE],
    fixed: vary([['gateway gw "API gateway" { instances: 2, rate_limit: 100/s }', 'loadbalancer gw "LB" { instances: 2, rate_limit: 100/s, health_check: 30s }']]),
  },
  {
    id: 'missing-timeout',
    fires: [{ design: vary([], 'external psp "Payments"\napi -> psp : "charge"\n'), at: '->', line: 11, severity: 'info', message: /The call api → psp to external 'psp' has no timeout/ }],
    passes: [vary([], 'external psp "Payments"\napi -> psp { timeout: 2s }\n'), vary([], 'external psp "Payments"\napi ~> psp\n')],
    fixed: vary([], 'external psp "Payments"\napi -> psp : "charge" { timeout: 2s }\n'),
  },
  {
    id: 'database-without-backup',
    fires: [{ design: vary([[DB_LINE, 'database db "DB" { engine: postgres, replicas: 2 }']]), at: 'db', severity: 'info', message: /Database 'db' has no 'backup'/ }],
    passes: [BASE],
    fixed: BASE,
  },
  {
    id: 'write-behind-without-queue',
    fires: [{ design: vary([], 'cache c "Carts" { ttl: 1d, pattern: write-behind }\napi -> c\n'), at: 'c', severity: 'warning', message: /Cache 'c' is write-behind, but its writer 'api' publishes to no queue/ }],
    passes: [
      vary([], 'cache c "Carts" { ttl: 1d, pattern: write-behind }\nqueue w "Writes" { dlq: w-dlq }\nqueue w-dlq "Dead letters"\nworker f "Flusher"\napi -> c\napi ~> w\nw ~> f\nf -> db\n'),
      vary([], 'cache c "Carts" { ttl: 1d, pattern: write-behind }\napi -> c { access: read }\n'),
    ],
  },
  {
    id: 'missing-cdn',
    fires: [{ design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  dau: 5M\n}\n'], ['client app "Mobile app" { type: mobile }', 'client app "Browser" { type: web }']]), at: 'app', severity: 'info', message: /5M daily users on the web and no CDN/ }],
    passes: [vary([['design "Base"\n', 'design "Base"\n\nscale {\n  dau: 5M\n}\n']]), vary([['design "Base"\n', 'design "Base"\n\nscale {\n  dau: 500k\n}\n'], ['client app "Mobile app" { type: mobile }', 'client app "Browser" { type: web }']])],
  },
  {
    id: 'single-region',
    fires: [{ design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  availability: 99.99%\n}\n']]), at: '99.99%', severity: 'info', message: /targets 99\.99% availability but runs in no declared region/ }],
    passes: [
      vary([['design "Base"\n', 'design "Base"\n\nscale {\n  availability: 99.9%\n}\n']]),
      vary([['design "Base"\n', 'design "Base"\n\nscale {\n  availability: 99.99%\n}\n'], [DB_LINE, `group eu "EU" {\n  kind: region\n  ${DB_LINE}\n}\ngroup us "US" {\n  kind: region\n  database db2 "DB" { engine: postgres, replicas: 2, backup: 1d }\n}`]], 'api -> db2\n'),
    ],
  },
  {
    id: 'orphan-component',
    fires: [{ design: vary([], 'external geo "Geo IP"\n'), at: 'geo', severity: 'hint', message: /External 'geo' has no connections/ }],
    passes: [BASE, vary([], 'queue q "Jobs" { dlq: q-dlq }\nqueue q-dlq "Dead letters"\nworker w "W"\napi ~> q\nq ~> w\n')],
    fixed: BASE,
  },
];

test('the table covers every rule in the registry', () => {
  assert.deepEqual(CASES.map((c) => c.id).sort(), RULES.map((r) => r.id).sort());
});

for (const rule of CASES) {
  test(`${rule.id}: fires with the right severity, range and message`, () => {
    for (const firing of rule.fires) {
      assert.deepEqual(problems(firing.design), [], 'the design is valid sysd');
      const found = findings(firing.design, rule.id);
      assert.ok(found.length > 0, `${rule.id} fires on:\n${firing.design}`);
      const finding = found.find((f) => textAt(firing.design, f.range) === firing.at && (firing.line === undefined || f.range.start.line === firing.line));
      assert.ok(finding, `a finding at '${firing.at}'${firing.line === undefined ? '' : ` on line ${firing.line}`}; got ${found.map((f) => `${textAt(firing.design, f.range)}@${f.range.start.line}`).join(', ')}`);
      assert.equal(finding.severity, firing.severity);
      assert.match(finding.message, firing.message);
    }
  });

  test(`${rule.id}: near misses do not fire`, () => {
    for (const design of rule.passes) {
      assert.deepEqual(problems(design), [], 'the design is valid sysd');
      assert.deepEqual(findings(design, rule.id).map((f) => f.message), []);
    }
  });

  test(`${rule.id}: "Suppress with @allow" silences it without leaving an unused allow`, () => {
    const design = rule.fires[0].design;
    const finding = findings(design, rule.id)[0];
    const suppress = fixesFor(design, finding).find((f) => f.title === `Suppress with @allow(${rule.id})`);
    assert.ok(suppress, 'a suppress action');
    const allowed = apply(design, suppress);
    assert.match(allowed, new RegExp(`^ *@allow\\(${rule.id}, "reason"\\)$`, 'm'));
    assert.equal(findings(allowed, rule.id).length, findings(design, rule.id).length - 1);
    assert.deepEqual(findings(allowed, 'unused-allow'), []);
    assert.deepEqual(problems(allowed), []);
  });

  const registered = RULES.find((r) => r.id === rule.id)!;
  test(`${rule.id}: ${registered.fixable ? 'its quick fix removes the finding and keeps the design valid and formatted' : 'offers no quick fix besides @allow'}`, () => {
    const design = rule.fires[0].design;
    const finding = findings(design, rule.id)[0];
    const own = fixesFor(design, finding).filter((f) => !f.title.startsWith('Suppress'));
    if (!registered.fixable) {
      assert.deepEqual(own, []);
      assert.equal(rule.fixed, undefined);
      return;
    }
    assert.equal(own.length, 1, 'one fix');
    const fixed = apply(design, own[0]);
    if (typeof rule.fixed === 'string') assert.equal(fixed, rule.fixed);
    assert.deepEqual(problems(fixed), [], `the fixed design is valid:\n${fixed}`);
    assert.equal(formatText(fixed), fixed, 'the fixed design is canonically formatted');
    const before = analyzeText(design).diagnostics;
    const after = analyzeText(fixed).diagnostics;
    assert.ok(!after.some((d) => d.code === rule.id && d.message === finding.message), 'the finding is gone');
    const errorsBefore = before.filter((d) => d.severity === 'error').length;
    assert.ok(after.filter((d) => d.severity === 'error').length <= errorsBefore, 'no new errors');
  });
}
