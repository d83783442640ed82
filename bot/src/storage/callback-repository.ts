import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Callback } from '../callbacks/callback';
import type { CallbackEvent } from '../callbacks/callback-action';
import type {
  BookingLines,
  BookingOutbox,
  CallbackHistoryEntry,
  CallbackStore,
  CallbackSuccessor,
  NewCallback,
} from '../callbacks/callback-store';
import { formatReference, parseReference } from '../callbacks/reference';
import type { OutboxDraft } from '../outbox/outbox-store';
import { callbackFromRow, callbackRow, changedColumns, eventFromRow, eventRow } from './callback-rows';
import { countCallbacks, listCallbacks } from './callback-query';
import { citizenCallbacks, citizenPhones, eraseCitizenData, eraseOnRequest } from './callback-erasure';
import { insertAccessLogEntry } from './access-log-repository';
import { insertInquiry } from './inquiry-repository';
import { insertOutboxEntries } from './outbox-rows';
import type { Db, SqlContext } from './sql-context';
import { isUniqueViolation } from './values';

const referenceCounter = 'callback_reference';

async function nextSequence(trx: Db): Promise<number> {
  const row = await trx
    .updateTable('counters')
    .set({ value: sql`value + 1` })
    .where('name', '=', referenceCounter)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

async function findByKey(db: Db, idempotencyKey: string): Promise<Callback | null> {
  const row = await db
    .selectFrom('callbacks')
    .selectAll()
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();
  return row ? callbackFromRow(row) : null;
}

const asList = (drafts: OutboxDraft | OutboxDraft[]): OutboxDraft[] =>
  Array.isArray(drafts) ? drafts : [drafts];

export function callbackRepository(ctx: SqlContext): CallbackStore {
  const { db } = ctx;

  const book = (input: NewCallback, outbox: BookingOutbox, lines?: (callback: Callback) => BookingLines) =>
    ctx.write(async (trx) => {
      // Checked inside the transaction only: under SQLite's write lock this alone settles a race,
      // and a repeated submit is rare enough not to be worth a read before every booking.
      const existing = await findByKey(trx, input.idempotencyKey);
      if (existing) return { callback: existing, created: false };
      const sequence = await nextSequence(trx);
      const { idempotencyKey, ...fields } = input;
      const callback: Callback = {
        ...fields,
        id: randomUUID(),
        reference: formatReference(sequence),
        status: 'open',
        holder: null,
        attempts: 0,
        outcome: null,
        claimedAt: null,
        closedAt: null,
        movedTo: null,
        movedFrom: null,
        version: 1,
      };
      await trx
        .insertInto('callbacks')
        .values(callbackRow(callback, sequence, idempotencyKey))
        .execute();
      await trx
        .insertInto('callback_events')
        .values(eventRow(bookedEvent(callback, {})))
        .execute();
      const drafts = asList(typeof outbox === 'function' ? outbox(callback) : outbox);
      await insertOutboxEntries(trx, drafts, callback.id);
      const { inquiry, accessLog } = lines?.(callback) ?? {};
      if (inquiry) await insertInquiry(trx, inquiry);
      if (accessLog) await insertAccessLogEntry(trx, accessLog);
      return { callback, created: true };
    });

  return {
    async bookCallback(input, outbox, lines) {
      try {
        return await book(input, outbox, lines);
      } catch (error) {
        // PostgreSQL: a concurrent booking with the same key committed first; ours rolled back whole.
        if (!isUniqueViolation(error, 'idempotency_key')) throw error;
        const winner = await findByKey(db, input.idempotencyKey);
        if (!winner) throw error;
        return { callback: winner, created: false };
      }
    },

    nextReference: () => ctx.write(async (trx) => formatReference(await nextSequence(trx))),

    async getCallback(id) {
      const row = await db.selectFrom('callbacks').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? callbackFromRow(row) : null;
    },

    async getByReference(reference) {
      const normalized = parseReference(reference)?.reference ?? reference.trim();
      const row = await db
        .selectFrom('callbacks')
        .selectAll()
        .where('reference', '=', normalized)
        .executeTakeFirst();
      return row ? callbackFromRow(row) : null;
    },

    saveTransition: (updated, expectedVersion, event, outbox, options = {}) =>
      ctx.write(async (trx) => {
        const version = expectedVersion + 1;
        const result = await trx
          .updateTable('callbacks')
          .set(changedColumns(updated, version))
          .where('id', '=', updated.id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await trx
          .insertInto('callback_events')
          .values(eventRow(historyOf(event, version)))
          .execute();
        if (options.successor) await insertSuccessor(trx, options.successor, event);
        await insertOutboxEntries(trx, outbox, updated.id);
        for (const entry of options.accessLog ?? []) await insertAccessLogEntry(trx, entry);
        return true;
      }),

    listCallbacks: (filter) => listCallbacks(db, filter),
    countCallbacks: (filter) => countCallbacks(db, filter),

    async events(callbackId) {
      const rows = await db
        .selectFrom('callback_events')
        .selectAll()
        .where('callback_id', '=', callbackId)
        .orderBy('version')
        .execute();
      return rows.map(eventFromRow);
    },

    eraseCitizenData: (closedBefore, now) => eraseCitizenData(ctx, closedBefore, now),
    citizenCallbacks: (phone) => citizenCallbacks(db, phone),
    citizenPhones: (bookedBefore) => citizenPhones(db, bookedBefore),
    eraseOnRequest: (erasure) => eraseOnRequest(ctx, erasure),
  };
}

function bookedEvent(callback: Callback, details: CallbackHistoryEntry['details']): CallbackHistoryEntry {
  return {
    callbackId: callback.id,
    version: 1,
    at: callback.bookedAt,
    actor: callback.bookedBy,
    action: 'book',
    fromStatus: null,
    toStatus: callback.status,
    details: { centerCode: callback.centerCode, ...details },
  };
}

const historyOf = (event: CallbackEvent, version: number): CallbackHistoryEntry => ({ ...event, version });

/** The successor of a move starts its own history, naming who moved it and from where. */
async function insertSuccessor(trx: Db, successor: CallbackSuccessor, move: CallbackEvent): Promise<void> {
  const callback: Callback = { ...successor, version: 1 };
  const sequence = parseReference(successor.reference)?.seq ?? 0;
  await trx
    .insertInto('callbacks')
    .values(callbackRow(callback, sequence, null))
    .execute();
  const first = bookedEvent(callback, { movedFrom: successor.movedFrom });
  await trx
    .insertInto('callback_events')
    .values(eventRow({ ...first, at: move.at, actor: move.actor }))
    .execute();
}
