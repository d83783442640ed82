import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** Columns that hold a citizen's data until it is erased. */
const citizenColumns = ['citizen_name', 'citizen_phone', 'citizen_description', 'search_private'];

/**
 * The erasure journal: one line per erasure batch (retention, or a citizen's request), so that an
 * operator who restores a backup can erase again what was erased after the backup was taken.
 * It holds no personal data: a citizen is named by the keyed hash the access log uses.
 *
 * PostgreSQL: ANALYZE keeps sample values of every column (most common values, histogram
 * bounds) in pg_statistic, which an erasure never touches. The citizen's columns get no
 * statistics from now on (nothing filters on them but a rare look-up by phone), and those
 * gathered so far are dropped: changing a column to its own type removes its statistics without
 * rewriting the table. SQLite keeps no column values in its statistics.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('erasure_journal')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('citizen_key', 'text')
    .addColumn('key_check', 'text')
    .addColumn('closed_before', 'bigint')
    .addColumn('callbacks', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('erasure_journal_at_idx').on('erasure_journal').column('at').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const column of citizenColumns) {
      await sql`alter table callbacks alter column ${sql.ref(column)} set statistics 0`.execute(db);
      await sql`alter table callbacks alter column ${sql.ref(column)} type text`.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const column of citizenColumns) {
      await sql`alter table callbacks alter column ${sql.ref(column)} set statistics -1`.execute(db);
    }
  }
  await db.schema.dropTable('erasure_journal').execute();
}
