import type { Kysely } from 'kysely';

/**
 * What a crash between posting a card and recording it leaves behind (decision 0032), the same
 * DDL for SQLite and PostgreSQL. Both columns are nullable: entries and card posts stored before
 * this migration read as "not in flight" and "not a resend", which is what they were.
 *
 * - `outbox.in_flight_at`: set (committed) just before a send Teams cannot deduplicate, cleared
 *   when its outcome is known. An entry leased with it set may already be in the channel.
 * - `card_posts.resent`: 1 for a card posted again while an earlier post's outcome was unknown;
 *   such a card carries a visible line saying it may be there twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('in_flight_at', 'bigint').execute();
  await db.schema.alterTable('card_posts').addColumn('resent', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('card_posts').dropColumn('resent').execute();
  await db.schema.alterTable('outbox').dropColumn('in_flight_at').execute();
}
