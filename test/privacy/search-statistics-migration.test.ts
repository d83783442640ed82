import { Migrator } from 'kysely';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { migrationProvider } from '../../bot/src/storage/migrations';
import { openStore } from '../../bot/src/storage/open-store';
import { openPostgres } from '../../bot/src/storage/postgres-database';
import { openSqlite } from '../../bot/src/storage/sqlite-database';
import { databaseTargets } from '../tab-api/support/databases';

/**
 * Promise, on SQLite and PostgreSQL: search texts stored before digit groups were masked in every
 * spelling are masked by migration 005 when the new version starts; nothing else changes.
 */
const logger = () => createMemoryLogger('warn');

/** Old rows, as the previous normalization stored them (punctuation already turned into spaces). */
const before: [string, string | null][] = [
  ['22 33 44 55', null],
  ['cpr 01 01 90 1234', 'cpr'],
  ['ring ٢٢٣٣٤٤٥٥ i aften', 'ring i aften'],
  ['tlf 22334455 hundeskat', 'tlf hundeskat'],
  ['pas til barn 2026', 'pas til barn 2026'],
  ['hundeskat', 'hundeskat'],
];

describe.each(databaseTargets())('migration 005 on $name', (target) => {
  afterAll(() => target.cleanup());

  test('masks every phone or CPR number in the search texts already stored', async () => {
    const database = await target.fresh();
    const url = database.env.DATABASE_URL;
    const ctx = url
      ? await openPostgres(url, logger())
      : await openSqlite(database.env.SQLITE_FILE!, logger());
    try {
      const migrator = new Migrator({
        db: ctx.db,
        provider: migrationProvider,
        migrationTableSchema: ctx.schema,
      });
      const { error } = await migrator.migrateTo('004-overview-rollups');
      expect(error).toBeUndefined();
      await ctx.db
        .insertInto('inquiries')
        .values(
          before.map(([text], i) => ({
            id: `old-${i}`,
            at: Date.parse('2026-10-01T10:00:00Z') + i,
            kind: 'search',
            user_id: 'agent-1',
            center_code: null,
            guide_id: null,
            query_normalized: text,
            hit_count: 0,
          })),
        )
        .execute();
    } finally {
      await ctx.close();
    }

    const store = await openStore(
      url ? { databaseUrl: url } : { sqliteFile: database.env.SQLITE_FILE! },
      logger(),
    );
    await store.close();

    const rows = await database.rows<{ id: string; query_normalized: string | null }>(
      'select id, query_normalized from inquiries order by id',
    );
    expect(rows.map((r) => r.query_normalized)).toEqual(before.map(([, after]) => after));
  });
});
