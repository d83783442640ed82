import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './001-initial';
import * as statistics from './002-statistics';
import * as bindingMention from './003-binding-mention';
import * as overviewRollups from './004-overview-rollups';
import * as privateInquiries from './005-private-inquiries';
import * as erasureJournal from './006-erasure-journal';
import * as adminAuditLog from './007-admin-audit-log';
import * as outboxInFlight from './009-outbox-in-flight';
import * as downloadLinks from './010-download-links';
import * as keywordLearning from './011-keyword-learning';

/**
 * Every migration, listed by hand rather than found by scanning a folder, so that a bundled
 * build (one JavaScript file) migrates the same way as the sources. Append; never rename.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '001-initial': initial,
  '002-statistics': statistics,
  '003-binding-mention': bindingMention,
  '004-overview-rollups': overviewRollups,
  '005-private-inquiries': privateInquiries,
  '006-erasure-journal': erasureJournal,
  '007-admin-audit-log': adminAuditLog,
  '009-outbox-in-flight': outboxInFlight,
  '010-download-links': downloadLinks,
  '011-keyword-learning': keywordLearning,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...migrations }),
};
