import type { Kysely } from 'kysely';

/**
 * The erasure journal: one line per erasure batch (retention, or a citizen's request), so that an
 * operator who restores a backup can erase again what was erased after the backup was taken.
 * It holds no personal data: a citizen is named by the keyed hash the access log uses.
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
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('erasure_journal').execute();
}
