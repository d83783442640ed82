import { callbackStatuses, type CallbackStatus } from '../callbacks/callback';
import type { CallbackHistoryEntry } from '../callbacks/callback-store';
import { eventRow } from './callback-rows';
import type { SqlContext } from './sql-context';
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
  return ctx.write(async (trx) => {
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
}
