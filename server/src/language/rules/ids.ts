// The ids of every rule in spec/rules.md, for code → documentation links and `@allow` checks.
export const RULE_IDS = [
  'database-single-point-of-failure', 'service-single-instance', 'single-load-balancer', 'cache-without-expiry',
  'queue-without-dlq', 'queue-without-consumer', 'queue-without-producer', 'client-bypasses-backend',
  'missing-load-balancer', 'missing-rate-limit', 'insecure-public-traffic', 'shared-database', 'synchronous-cycle',
  'deep-synchronous-chain', 'read-heavy-without-cache', 'under-provisioned', 'sharding-without-key',
  'hot-database-without-sharding', 'missing-health-check', 'missing-timeout', 'database-without-backup',
  'write-behind-without-queue', 'missing-cdn', 'single-region', 'orphan-component',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(code: string): code is RuleId {
  return (RULE_IDS as readonly string[]).includes(code);
}
