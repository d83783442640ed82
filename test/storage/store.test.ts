import { bookingScenarios } from './scenarios/booking-scenarios';
import { migrationScenarios } from './scenarios/migration-scenarios';
import { transitionScenarios } from './scenarios/transition-scenarios';
import { listingScenarios } from './scenarios/listing-scenarios';
import { outboxRecoveryScenarios, outboxUpgradeScenarios } from './scenarios/outbox-recovery-scenarios';
import { outboxScenarios } from './scenarios/outbox-scenarios';
import { retentionScenarios } from './scenarios/retention-scenarios';
import { teamsScenarios } from './scenarios/teams-scenarios';
import { auditScenarios } from './scenarios/audit-scenarios';
import { adminLogScenarios } from './scenarios/admin-log-scenarios';
import { learningScenarios } from './scenarios/learning-scenarios';
import { storeTargets } from './store-targets';

/**
 * One repository suite for every storage adapter: each scenario runs against SQLite (a temp file)
 * and PostgreSQL (a fresh schema). Without a reachable PostgreSQL the second half is skipped with
 * a warning, except when CI=true, where it fails.
 */
describe.each(storeTargets())('$name store', (target) => {
  beforeAll(() => target.ensureAvailable());
  afterAll(() => target.cleanup());

  migrationScenarios(target);
  bookingScenarios(target);
  transitionScenarios(target);
  listingScenarios(target);
  retentionScenarios(target);
  outboxScenarios(target);
  outboxRecoveryScenarios(target);
  outboxUpgradeScenarios(target);
  teamsScenarios(target);
  auditScenarios(target);
  adminLogScenarios(target);
  learningScenarios(target);
});
