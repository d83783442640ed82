import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { JsonValue, OutboxDraft, OutboxEntry, OutboxStatus } from '../outbox/outbox-store';
import type { OutboxTable } from './database';
import type { Db } from './sql-context';
import { fromJson, fromMs, fromMsOrNull, oneOf, toJson, toMs } from './values';

const statuses: readonly OutboxStatus[] = ['pending', 'sent', 'dead'];

export function outboxFromRow(r: Selectable<OutboxTable>): OutboxEntry {
  return {
    id: r.id,
    kind: r.kind,
    callbackId: r.callback_id,
    payload: fromJson<JsonValue>(r.payload),
    dedupeKey: r.dedupe_key,
    status: oneOf(statuses, r.status, 'outbox.status'),
    attempts: r.attempts,
    nextAttemptAt: fromMs(r.next_attempt_at),
    firstDueAt: fromMs(r.first_due_at),
    lockedBy: r.locked_by,
    lockedUntil: fromMsOrNull(r.locked_until),
    lastError: r.last_error,
    result: fromJson<JsonValue>(r.result),
    inFlightSince: fromMsOrNull(r.in_flight_at),
  };
}

/**
 * Inserts drafts, skipping any whose dedupe key exists (also one being inserted by a concurrent
 * transaction: PostgreSQL waits for it). Returns the dedupe keys actually inserted.
 */
export async function insertOutboxEntries(
  db: Db,
  drafts: readonly OutboxDraft[],
  defaultCallbackId: string | null = null,
): Promise<string[]> {
  if (drafts.length === 0) return [];
  const rows = drafts.map((d) => ({
    id: randomUUID(),
    kind: d.kind,
    callback_id: d.callbackId === undefined ? defaultCallbackId : d.callbackId,
    payload: toJson(d.payload),
    dedupe_key: d.dedupeKey,
    status: 'pending',
    attempts: 0,
    next_attempt_at: toMs(d.nextAttemptAt),
    first_due_at: toMs(d.nextAttemptAt),
    locked_by: null,
    locked_until: null,
    last_error: null,
    result: null,
    sent_at: null,
    in_flight_at: null,
  }));
  const inserted = await db
    .insertInto('outbox')
    .values(rows)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('dedupe_key')
    .execute();
  return inserted.map((r) => r.dedupe_key);
}
