// The clean design most rule tables vary: a mobile app behind a rate-limited gateway, two API instances, a replicated database.
import assert from 'node:assert/strict';

export const BASE = `design "Base"

client app "Mobile app" { type: mobile }
gateway gw "API gateway" { instances: 2, rate_limit: 100/s }
service api "API" { instances: 2 }
database db "DB" { engine: postgres, replicas: 2, backup: 1d }

app -> gw : "HTTPS" { protocol: https }
gw -> api
api -> db
`;

export const DB_LINE = 'database db "DB" { engine: postgres, replicas: 2, backup: 1d }';
export const API_LINE = 'service api "API" { instances: 2 }';

/** BASE with some lines replaced (`from` must occur once) and lines appended. */
export function vary(replacements: Array<[string, string]>, extra = ''): string {
  let text = BASE;
  for (const [from, to] of replacements) {
    assert.equal(text.split(from).length, 2, `'${from}' occurs once in BASE`);
    text = text.replace(from, to);
  }
  return text + extra;
}

/** A design without a header: every component fine, for the engine and fix tests. */
export const DESIGN = `client app "App" { type: mobile }
gateway gw "Gateway" { instances: 2, rate_limit: 100/s, auth: jwt }
service api "API" { instances: 2 }
database db "DB" { engine: postgres, replicas: 2, backup: 1d }
app -> gw { protocol: https }
gw -> api
api -> db
monitoring observability "Monitoring"
api ~> observability
`;
