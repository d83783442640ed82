import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import {
  adminActions,
  type AdminChange,
  type AdminChangeDetails,
  type AdminChangeDraft,
  type AdminLogStore,
} from '../admin-log/admin-log-store';
import type { AdminAuditLogTable } from './database';
import type { Db, SqlContext } from './sql-context';
import { fromJson, fromMs, oneOf, toJson, toMs } from './values';

const fromRow = (r: Selectable<AdminAuditLogTable>): AdminChange => ({
  id: r.id,
  at: fromMs(r.at),
  actor: { id: r.actor_id, name: r.actor_name },
  action: oneOf(adminActions, r.action, 'admin_audit_log.action'),
  centerCode: r.subject,
  details: fromJson<AdminChangeDetails>(r.details)!,
});

/** Writes one entry with `db`, which may be the transaction of the change itself. */
export async function insertAdminChange(db: Db, draft: AdminChangeDraft): Promise<AdminChange> {
  const change: AdminChange = { id: randomUUID(), ...draft };
  await db
    .insertInto('admin_audit_log')
    .values({
      id: change.id,
      at: toMs(change.at),
      actor_id: change.actor.id,
      actor_name: change.actor.name,
      action: change.action,
      subject: change.centerCode,
      details: toJson(change.details),
    })
    .execute();
  return change;
}

export function adminLogRepository(ctx: SqlContext): AdminLogStore {
  const { db } = ctx;
  return {
    recordAdminChange: (draft) => ctx.run((d) => insertAdminChange(d, draft)),

    async adminChange(id) {
      const row = await db.selectFrom('admin_audit_log').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? fromRow(row) : null;
    },

    async adminChanges({ limit, offset }) {
      const [rows, count] = await Promise.all([
        db
          .selectFrom('admin_audit_log')
          .selectAll()
          .orderBy('at', 'desc')
          .orderBy('id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('admin_audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { entries: rows.map(fromRow), total: Number(count.n) };
    },

    async purgeAdminChanges(olderThan) {
      const result = await ctx.run((d) =>
        d.deleteFrom('admin_audit_log').where('at', '<', toMs(olderThan)).executeTakeFirst(),
      );
      return Number(result.numDeletedRows);
    },
  };
}
