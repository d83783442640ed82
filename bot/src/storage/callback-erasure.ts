import { callbackStatuses, type Callback, type CallbackStatus } from '../callbacks/callback';
import type { CallbackHistoryEntry, CitizenErasure } from '../callbacks/callback-store';
import { insertAccessLogEntry } from './access-log-repository';
import { callbackFromRow, changedColumns, eventRow } from './callback-rows';
import { insertJournalEntries } from './erasure-journal-repository';
import { insertOutboxEntries } from './outbox-rows';
import type { Db, SqlContext } from './sql-context';
import { oneOf, toMs } from './values';

const retention = { id: 'system', name: 'system' };
const finished: CallbackStatus[] = ['closed', 'moved'];
/** Rows per insert, far below SQLite's limit on bound parameters. */
const chunk = 500;

/**
 * Retention (design §3): removes the citizen's name, phone and description from callbacks
 * finished before `closedBefore`, keeping center, topic, times and outcome for statistics.
 * The version goes up, so a transition decided on the data as it was (e.g. a reopen racing the
 * erasure) fails its version check instead of writing the citizen's data back.
 */
export async function eraseCitizenData(ctx: SqlContext, closedBefore: Date, now: Date): Promise<number> {
  const count = await ctx.write(async (trx) => {
    const erased = await trx
      .updateTable('callbacks')
      .set((eb) => ({
        citizen_name: null,
        citizen_phone: null,
        citizen_description: null,
        search_private: null,
        erased_at: toMs(now),
        version: eb('version', '+', 1),
      }))
      .where('status', 'in', finished)
      .where('closed_at', '<', toMs(closedBefore))
      .where((eb) =>
        eb.or([
          eb('citizen_name', 'is not', null),
          eb('citizen_phone', 'is not', null),
          eb('citizen_description', 'is not', null),
        ]),
      )
      .returning(['id', 'version', 'status'])
      .execute();
    const events = erased.map((r): CallbackHistoryEntry => {
      const status = oneOf(callbackStatuses, r.status, 'status');
      return {
        callbackId: r.id,
        version: r.version,
        at: now,
        actor: retention,
        action: 'erase',
        fromStatus: status,
        toStatus: status,
        details: {},
      };
    });
    for (let i = 0; i < events.length; i += chunk) {
      await trx
        .insertInto('callback_events')
        .values(events.slice(i, i + chunk).map(eventRow))
        .execute();
    }
    return erased.length;
  });
  if (count > 0) await ctx.forgetErased(['callbacks']);
  return count;
}

/** Thrown inside the transaction to roll back every change when one callback changed meanwhile. */
class ChangedMeanwhile extends Error {}

export async function eraseOnRequest(ctx: SqlContext, erasure: CitizenErasure): Promise<boolean> {
  try {
    await ctx.write(async (trx) => {
      for (const change of erasure.changes) {
        const { callback, history } = change;
        const result = await trx
          .updateTable('callbacks')
          .set({ ...changedColumns(callback, callback.version), erased_at: toMs(history.at) })
          .where('id', '=', callback.id)
          .where('version', '=', change.expectedVersion)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw new ChangedMeanwhile();
        await trx.insertInto('callback_events').values(eventRow(history)).execute();
        await insertOutboxEntries(trx, change.outbox, callback.id);
      }
      for (const line of erasure.accessLog) await insertAccessLogEntry(trx, line);
      if (erasure.journal) await insertJournalEntries(trx, [erasure.journal]);
    });
  } catch (error) {
    if (error instanceof ChangedMeanwhile) return false;
    throw error;
  }
  if (erasure.changes.length > 0) await ctx.forgetErased(['callbacks']);
  return true;
}

export async function citizenCallbacks(db: Db, phone: string): Promise<Callback[]> {
  const rows = await db
    .selectFrom('callbacks')
    .selectAll()
    .where('citizen_phone', '=', phone)
    .orderBy('booked_at')
    .orderBy('sequence')
    .execute();
  return rows.map(callbackFromRow);
}

export async function citizenPhones(db: Db, bookedBefore: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('callbacks')
    .select('citizen_phone')
    .distinct()
    .where('citizen_phone', 'is not', null)
    .where('booked_at', '<', toMs(bookedBefore))
    .execute();
  return rows.flatMap((r) => (r.citizen_phone === null ? [] : [r.citizen_phone]));
}
