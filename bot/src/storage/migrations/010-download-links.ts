import type { Kysely } from 'kysely';

/**
 * Single-use download links (decision 0051): the tab asks for one, Teams opens it in a browser
 * without the tab's token, so the link itself must say who asked and what for. Stored in the
 * database rather than in memory so that any instance can answer the fetch, and so that "used"
 * holds across instances. Only a hash of the link's secret is kept. The same DDL for SQLite and
 * PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('download_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('viewer', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('download_links_expires_at_idx')
    .on('download_links')
    .column('expires_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('download_links').execute();
}
