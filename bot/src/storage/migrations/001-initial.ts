import { sql, type Kysely } from 'kysely';

/**
 * The initial schema, the same DDL for SQLite and PostgreSQL: text ids, epoch-millisecond times
 * as bigint, JSON as text. Constraint names carry the column name, so a unique violation can be
 * recognised from the error in both databases.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .execute();
  // References start at TB-1001: short enough to read aloud, and never confused with a year.
  await sql`insert into counters (name, value) values ('callback_reference', 1000)`.execute(db);

  await db.schema
    .createTable('callbacks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('sequence', 'bigint', (c) => c.notNull())
    .addColumn('idempotency_key', 'text')
    .addColumn('center_code', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('guide_id', 'text')
    .addColumn('citizen_name', 'text')
    .addColumn('citizen_phone', 'text')
    .addColumn('citizen_description', 'text')
    .addColumn('time_window', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('holder_id', 'text')
    .addColumn('holder_name', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('booked_by_id', 'text', (c) => c.notNull())
    .addColumn('booked_by_name', 'text', (c) => c.notNull())
    .addColumn('booked_at', 'bigint', (c) => c.notNull())
    .addColumn('deadline', 'bigint', (c) => c.notNull())
    .addColumn('claimed_at', 'bigint')
    .addColumn('closed_at', 'bigint')
    .addColumn('moved_to', 'text')
    .addColumn('moved_from', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('erased_at', 'bigint')
    .addColumn('search_public', 'text', (c) => c.notNull())
    .addColumn('search_private', 'text')
    .addUniqueConstraint('callbacks_reference_unique', ['reference'])
    .addUniqueConstraint('callbacks_idempotency_key_unique', ['idempotency_key'])
    .execute();
  await index(db, 'callbacks', ['center_code', 'status']);
  await index(db, 'callbacks', ['status', 'deadline']);
  await index(db, 'callbacks', ['booked_at']);
  await index(db, 'callbacks', ['booked_by_id']);
  await index(db, 'callbacks', ['closed_at']);

  await db.schema
    .createTable('callback_events')
    .addColumn('callback_id', 'text', (c) => c.notNull().references('callbacks.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('callback_events_pk', ['callback_id', 'version'])
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('callback_id', 'text', (c) => c.references('callbacks.id'))
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('first_due_at', 'bigint', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('result', 'text')
    .addColumn('sent_at', 'bigint')
    .addUniqueConstraint('outbox_dedupe_key_unique', ['dedupe_key'])
    .execute();
  await index(db, 'outbox', ['status', 'next_attempt_at']);
  await index(db, 'outbox', ['callback_id']);

  await db.schema
    .createTable('card_posts')
    .addColumn('callback_id', 'text', (c) => c.notNull().references('callbacks.id'))
    .addColumn('center_code', 'text', (c) => c.notNull())
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('posted_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('card_posts_pk', ['callback_id', 'conversation_id', 'activity_id'])
    .execute();

  await db.schema
    .createTable('channel_bindings')
    .addColumn('center_code', 'text', (c) => c.primaryKey())
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('channel_name', 'text')
    .addColumn('bound_by_id', 'text', (c) => c.notNull())
    .addColumn('bound_by_name', 'text', (c) => c.notNull())
    .addColumn('bound_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('channel_bindings_channel_id_unique', ['channel_id'])
    .execute();

  await db.schema
    .createTable('teams')
    .addColumn('team_id', 'text', (c) => c.primaryKey())
    .addColumn('team_name', 'text')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('installed_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('team_channels')
    .addColumn('channel_id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('channel_name', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await index(db, 'team_channels', ['team_id']);

  await db.schema
    .createTable('user_conversations')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('teams_user_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('inquiries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('center_code', 'text')
    .addColumn('guide_id', 'text')
    .addColumn('query_normalized', 'text')
    .addColumn('hit_count', 'integer')
    .execute();
  await index(db, 'inquiries', ['at']);
  await index(db, 'inquiries', ['kind', 'at']);

  await db.schema
    .createTable('access_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('callback_id', 'text')
    .addColumn('citizen_key', 'text')
    .addColumn('details', 'text')
    .execute();
  await index(db, 'access_log', ['citizen_key', 'at']);
  await index(db, 'access_log', ['at']);
}

function index(db: Kysely<unknown>, table: string, columns: string[]): Promise<void> {
  return db.schema
    .createIndex(`${table}_${columns.join('_')}_idx`)
    .on(table)
    .columns(columns)
    .execute();
}
