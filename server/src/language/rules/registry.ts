// The rule registry: every best-practice rule of the catalogue, in catalogue order.
import { cacheWithoutExpiry } from './cache-without-expiry';
import { clientBypassesBackend } from './client-bypasses-backend';
import { databaseSinglePointOfFailure } from './database-single-point-of-failure';
import { databaseWithoutBackup } from './database-without-backup';
import { deepSynchronousChain } from './deep-synchronous-chain';
import { hotDatabaseWithoutSharding } from './hot-database-without-sharding';
import type { RuleId } from './ids';
import { insecurePublicTraffic } from './insecure-public-traffic';
import { missingCdn } from './missing-cdn';
import { missingHealthCheck } from './missing-health-check';
import { missingLoadBalancer } from './missing-load-balancer';
import { missingRateLimit } from './missing-rate-limit';
import { missingTimeout } from './missing-timeout';
import { orphanComponent } from './orphan-component';
import { queueWithoutConsumer } from './queue-without-consumer';
import { queueWithoutDlq } from './queue-without-dlq';
import { queueWithoutProducer } from './queue-without-producer';
import { readHeavyWithoutCache } from './read-heavy-without-cache';
import { serviceSingleInstance } from './service-single-instance';
import { shardingWithoutKey } from './sharding-without-key';
import { sharedDatabase } from './shared-database';
import { singleLoadBalancer } from './single-load-balancer';
import { singleRegion } from './single-region';
import { synchronousCycle } from './synchronous-cycle';
import type { RuleDefinition } from './types';
import { underProvisioned } from './under-provisioned';
import { writeBehindWithoutQueue } from './write-behind-without-queue';

export type { RuleCategory, RuleDefinition } from './types';

export const RULES: readonly RuleDefinition[] = [
  databaseSinglePointOfFailure, serviceSingleInstance, singleLoadBalancer, cacheWithoutExpiry, queueWithoutDlq,
  queueWithoutConsumer, queueWithoutProducer, clientBypassesBackend, missingLoadBalancer, missingRateLimit,
  insecurePublicTraffic, sharedDatabase, synchronousCycle, deepSynchronousChain, readHeavyWithoutCache,
  underProvisioned, shardingWithoutKey, hotDatabaseWithoutSharding, missingHealthCheck, missingTimeout,
  databaseWithoutBackup, writeBehindWithoutQueue, missingCdn, singleRegion, orphanComponent,
];

/** The rule with this id, if there is one. */
export function ruleById(id: string): RuleDefinition | undefined {
  return RULES.find((rule) => rule.id === id);
}

/** The documentation page of a rule (markdown), for `sysd explain` and hovers. */
export function ruleDocs(id: RuleId): string {
  return ruleById(id)?.docs ?? '';
}
