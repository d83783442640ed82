import { randomUUID } from 'node:crypto';
import {
  accessActions,
  type AccessLogDraft,
  type AccessLogEntry,
  type AccessLogStore,
  type NewAccessLogEntry,
} from '../access-log/access-log-store';
import type { Db, SqlContext } from './sql-context';
import { fromJson, fromMs, oneOf, toJson, toMs } from './values';

/** Writes one entry with `db`, which may be a transaction (a booking logs itself in its own). */
export async function insertAccessLogEntry(db: Db, e: AccessLogDraft): Promise<void> {
  await db
    .insertInto('access_log')
    .values({
      id: randomUUID(),
      at: toMs(e.at),
      user_id: e.user.id,
      user_name: e.user.name,
      action: e.action,
      callback_id: e.callbackId ?? null,
      citizen_key: e.citizenKey ?? null,
      details: e.details ? toJson(e.details) : null,
    })
    .execute();
}

/** Rows per insert, far below both databases' limits on bound parameters. */
const chunk = 500;

/** Many entries in one transaction, `chunk` rows per statement. */
async function insertAccessLogEntries(ctx: SqlContext, entries: readonly NewAccessLogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) => ({
    id: randomUUID(),
    at: toMs(e.at),
    user_id: e.user.id,
    user_name: e.user.name,
    action: e.action,
    callback_id: e.callbackId,
    citizen_key: e.citizenKey,
    details: e.details ? toJson(e.details) : null,
  }));
  await ctx.write(async (trx) => {
    for (let i = 0; i < rows.length; i += chunk) {
      await trx
        .insertInto('access_log')
        .values(rows.slice(i, i + chunk))
        .execute();
    }
  });
}

/** Who read, searched, changed, exported or deleted a citizen's data (design §3). */
export function accessLogRepository(ctx: SqlContext): AccessLogStore {
  return {
    async logAccess(e) {
      await ctx.run((db) => insertAccessLogEntry(db, e));
    },

    logAccesses: (entries) => insertAccessLogEntries(ctx, entries),

    async accessLogFor(citizenKey) {
      const rows = await ctx.db
        .selectFrom('access_log')
        .selectAll()
        .where('citizen_key', '=', citizenKey)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((r): AccessLogEntry => ({
        id: r.id,
        at: fromMs(r.at),
        user: { id: r.user_id, name: r.user_name },
        action: oneOf(accessActions, r.action, 'access_log.action'),
        callbackId: r.callback_id,
        citizenKey: r.citizen_key,
        details: fromJson<AccessLogEntry['details']>(r.details),
      }));
    },

    async purgeAccessLog(olderThan) {
      const result = await ctx.run((db) =>
        db.deleteFrom('access_log').where('at', '<', toMs(olderThan)).executeTakeFirst(),
      );
      return Number(result.numDeletedRows);
    },
  };
}
