import { Client } from 'pg';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import type { Store } from '../../bot/src/storage/store';
import { openStore } from '../../bot/src/storage/open-store';
import { describeNeeding } from '../support/describe-needing';
import { at, newCallback } from '../storage/fixtures';
import { databaseTargets, type AppDatabase } from '../tab-api/support/databases';

/**
 * Promise on PostgreSQL, which cannot be made at byte level (docs/deploy.md, "What PostgreSQL
 * still holds after an erasure"): after an erasure batch the callbacks table is vacuumed, so the
 * erased row versions are removed from it; and PostgreSQL's planner statistics, which keep
 * sample values of columns, never hold citizens' names, phone numbers or descriptions.
 */
const target = databaseTargets().find((t) => t.name === 'postgres');
const citizenColumns = ['citizen_name', 'citizen_phone', 'citizen_description', 'search_private'];

describeNeeding(
  { available: target !== undefined, missing: 'PostgreSQL at 127.0.0.1:5432 is unreachable' },
  'erasure on PostgreSQL',
  () => {
    let database: AppDatabase;
    let store: Store;
    let schema: string;
    let admin: Client;
    const open = () => openStore({ databaseUrl: database.env.DATABASE_URL! }, createMemoryLogger('warn'));
    const statsOf = async () =>
      (
        await admin.query<{ attname: string }>(
          "select attname from pg_stats where schemaname = $1 and tablename = 'callbacks' and attname = any($2) order by attname",
          [schema, citizenColumns],
        )
      ).rows.map((r) => r.attname);
    const analyze = () => admin.query(`analyze "${schema}".callbacks`);

    beforeAll(async () => {
      database = await target!.fresh();
      schema = /search_path=([^&\s]+)/.exec(decodeURIComponent(database.env.DATABASE_URL!))![1]!;
      admin = new Client({ connectionString: database.env.DATABASE_URL!.split('?')[0] });
      await admin.connect();
      store = await open();
      for (let i = 0; i < 300; i++) {
        await store.callbacks.bookCallback(
          newCallback({
            citizen: {
              name: `Borger ${i % 7}`,
              phone: String(30_000_000 + (i % 11)),
              description: 'Vil ringes op',
            },
          }),
          [],
        );
      }
    });
    afterAll(async () => {
      await store?.close();
      await admin?.end();
      await target?.cleanup();
    });

    test('ANALYZE keeps no sample of the citizens’ columns', async () => {
      await analyze();

      expect(await statsOf()).toEqual([]);
      const topic = await admin.query(
        "select 1 from pg_stats where schemaname = $1 and tablename = 'callbacks' and attname = 'topic'",
        [schema],
      );
      expect(topic.rowCount).toBe(1);
    });

    test('statistics gathered before the upgrade are removed when migration 006 arrives', async () => {
      await store.close();
      for (const column of citizenColumns) {
        await admin.query(`alter table "${schema}".callbacks alter column ${column} set statistics -1`);
      }
      await admin.query(`delete from "${schema}".kysely_migration where name = '006-erasure-journal'`);
      await admin.query(`drop table "${schema}".erasure_journal`);
      await analyze();
      expect(await statsOf()).toEqual([...citizenColumns].sort());

      store = await open();
      await analyze();

      expect(await statsOf()).toEqual([]);
    });

    test('an erasure batch vacuums the callbacks table', async () => {
      const before = await admin.query<{ vacuum_count: number }>(
        "select vacuum_count from pg_stat_user_tables where schemaname = $1 and relname = 'callbacks'",
        [schema],
      );
      const { callback } = await store.callbacks.bookCallback(newCallback(), []);
      await admin.query(`update "${schema}".callbacks set status = 'closed', closed_at = $1 where id = $2`, [
        at('2026-09-01T00:00:00Z').getTime(),
        callback.id,
      ]);

      expect(
        await store.callbacks.eraseCitizenData(at('2026-10-15T00:00:00Z'), at('2026-10-15T00:00:00Z')),
      ).toBe(1);

      const after = await admin.query<{ vacuum_count: number; n_dead_tup: number }>(
        "select vacuum_count, n_dead_tup from pg_stat_user_tables where schemaname = $1 and relname = 'callbacks'",
        [schema],
      );
      expect(Number(after.rows[0]!.vacuum_count)).toBe(Number(before.rows[0]!.vacuum_count) + 1);
      expect(Number(after.rows[0]!.n_dead_tup)).toBe(0);
    });
  },
);
