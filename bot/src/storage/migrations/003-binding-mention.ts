import type { Kysely } from 'kysely';

/**
 * Who a center's callback posts @mention, so that people are alerted rather than the post sitting
 * silently in the channel: a Teams tag (e.g. "CSO-tilbagekald") or a person, taken from the
 * mention in the `tilknyt` message. Nullable: a binding without one still works.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('channel_bindings').addColumn('mention_kind', 'text').execute();
  await db.schema.alterTable('channel_bindings').addColumn('mention_id', 'text').execute();
  await db.schema.alterTable('channel_bindings').addColumn('mention_name', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['mention_kind', 'mention_id', 'mention_name']) {
    await db.schema.alterTable('channel_bindings').dropColumn(column).execute();
  }
}
