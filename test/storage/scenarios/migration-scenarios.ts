import { createMemoryLogger } from '../../../bot/src/shared/logger';
import { newCallback, postCard } from '../fixtures';
import type { StoreTarget } from '../store-targets';
import { migrations } from '../../../bot/src/storage/migrations';

/** Every migration, in the order Kysely applies them (by name). */
const allMigrations = Object.keys(migrations).sort();

const applied = (logger: ReturnType<typeof createMemoryLogger>) =>
  logger.lines.filter((l) => l.event === 'storage.migrated').flatMap((l) => l.applied as string[]);

export function migrationScenarios(target: StoreTarget): void {
  describe('migrations', () => {
    test('an empty database is migrated at start-up, and starting again changes nothing and keeps the data', async () => {
      const database = await target.fresh();
      const firstLog = createMemoryLogger();
      const first = await database.open(firstLog);
      const { callback } = await first.callbacks.bookCallback(newCallback(), postCard);
      await first.close();

      const secondLog = createMemoryLogger();
      const second = await database.open(secondLog);
      try {
        expect(applied(firstLog)).toEqual(allMigrations);
        expect(applied(secondLog)).toEqual([]);
        expect(await second.callbacks.getByReference(callback.reference)).toEqual(callback);
        const next = await second.callbacks.bookCallback(newCallback(), postCard);
        expect(next.callback.reference).toBe('TB-1002');
      } finally {
        await second.close();
      }
    });

    test('the tables are created in this database only (for PostgreSQL: the schema on the search_path)', async () => {
      const database = await target.fresh();
      const store = await database.open();
      await store.close();

      expect((await database.tables()).sort()).toEqual([
        'access_log',
        'admin_audit_log',
        'callback_events',
        'callbacks',
        'card_posts',
        'channel_bindings',
        'counters',
        'download_links',
        'erasure_journal',
        'inquiries',
        'keyword_decisions',
        'keyword_pairs',
        'kysely_migration',
        'kysely_migration_lock',
        'outbox',
        'recent_searches',
        'stats_center_days',
        'stats_duration_days',
        'stats_guide_days',
        'team_channels',
        'teams',
        'user_conversations',
      ]);
    });

    test('two instances starting at once on an empty database both come up, and migrate it once', async () => {
      const database = await target.fresh();
      const logs = [createMemoryLogger(), createMemoryLogger()];
      const stores = await Promise.all(logs.map((log) => database.open(log)));
      try {
        expect(logs.flatMap(applied)).toEqual(allMigrations);
        const booked = await Promise.all(
          stores.map((s) => s.callbacks.bookCallback(newCallback(), postCard)),
        );
        expect(booked.map((b) => b.callback.reference).sort()).toEqual(['TB-1001', 'TB-1002']);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });
  });
}
