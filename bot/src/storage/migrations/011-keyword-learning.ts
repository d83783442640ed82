import type { Kysely } from 'kysely';

/**
 * A search that learns from the agents (decision 0055), the same DDL for SQLite and PostgreSQL:
 *
 * - `recent_searches`: what the bot showed for a search, kept for minutes (the pairing window),
 *   with the words in their masked statistics form and the chat as a hash.
 * - `keyword_pairs`: failed words → the guide the agent used next; one per search (primary key).
 * - `keyword_decisions`: coordinators' accept / reject / remove, newest decision per id in force.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('recent_searches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('chat', 'text', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('shown', 'text', (c) => c.notNull())
    // 1 once a use of a guide in the chat closed it: a search pairs at most once.
    .addColumn('closed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('recent_searches_user_chat_idx')
    .on('recent_searches')
    .columns(['user_id', 'chat', 'at'])
    .execute();
  await db.schema.createIndex('recent_searches_at_idx').on('recent_searches').column('at').execute();

  await db.schema
    .createTable('keyword_pairs')
    .addColumn('search_id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('guide_id', 'text', (c) => c.notNull())
    .addColumn('use', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('keyword_pairs_at_idx').on('keyword_pairs').column('at').execute();

  await db.schema
    .createTable('keyword_decisions')
    // Time-ordered ("<ms, 15 digits>-<random>"), so the newest decision is the largest key.
    .addColumn('decision_id', 'text', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('guide_id', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('by_id', 'text', (c) => c.notNull())
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('keyword_decisions').execute();
  await db.schema.dropTable('keyword_pairs').execute();
  await db.schema.dropTable('recent_searches').execute();
}
