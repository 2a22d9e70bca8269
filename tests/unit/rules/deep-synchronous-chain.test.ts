// Rule deep-synchronous-chain: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { API_LINE, vary } from './designs';
import { ruleTester } from './tester';

ruleTester('deep-synchronous-chain', {
  valid: [vary([[API_LINE, `${API_LINE}\nservice b "B" { instances: 2 }`], ['api -> db', 'api -> b -> db']])],
  invalid: [{
    design: vary([[API_LINE, `${API_LINE}\nservice b "B" { instances: 2 }\nservice c "C" { instances: 2 }`], ['api -> db', 'api -> b -> c -> db']]),
    findings: [{ at: '->', line: 11, severity: 'info', message: /app → gw → api → b → c → db is 5 synchronous hops, more than 4/ }],
  }],
});
