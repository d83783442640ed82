import { Migrator } from 'kysely';
import type { Logger } from '../shared/logger';
import { migrationProvider } from './migrations';
import type { SqlContext } from './sql-context';

/**
 * Brings the schema up to date at start-up. Two instances starting at once both succeed: the
 * second waits for the first's lock and then finds nothing to do. Returns the migrations applied.
 */
export async function migrateToLatest(ctx: SqlContext, logger: Logger): Promise<string[]> {
  const migrator = new Migrator({
    db: ctx.db,
    provider: migrationProvider,
    // Pinning the schema keeps Kysely from mistaking another schema's bookkeeping tables for ours.
    migrationTableSchema: ctx.schema,
    // Migrations are independent of each other (each adds its own tables and columns); one that
    // arrives after a later-numbered one has run (work landed out of order) still runs.
    allowUnorderedMigrations: true,
  });
  const results = await ctx.migrationLock(async () => {
    const outcome = await migrator.migrateToLatest();
    // Thrown inside the lock so that SQLite rolls back a half-applied migration.
    if (outcome.error) throw outcome.error;
    return outcome.results ?? [];
  });
  const failed = results.find((r) => r.status === 'Error');
  if (failed) throw new Error(`migration ${failed.migrationName} failed`);
  const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
  logger.info('storage.migrated', { dialect: ctx.dialect, applied });
  return applied;
}
