import type { Selectable } from 'kysely';
import { channelRefOf, type AdminAction } from '../admin-log/admin-log-store';
import type { ChannelBinding, ChannelBindingStore } from '../centers/channel-binding-store';
import { insertAdminChange } from './admin-log-repository';
import type { ChannelBindingsTable } from './database';
import { insertOutboxEntries } from './outbox-rows';
import type { SqlContext } from './sql-context';
import { fromMs, toMs } from './values';

const fromRow = (r: Selectable<ChannelBindingsTable>): ChannelBinding => ({
  centerCode: r.center_code,
  serviceUrl: r.service_url,
  tenantId: r.tenant_id,
  teamId: r.team_id,
  channelId: r.channel_id,
  channelName: r.channel_name,
  boundBy: { id: r.bound_by_id, name: r.bound_by_name },
  at: fromMs(r.bound_at),
  mention:
    r.mention_kind && r.mention_id && r.mention_name
      ? { kind: r.mention_kind, id: r.mention_id, name: r.mention_name }
      : null,
});

/**
 * Which channel receives each center's callbacks (`@bot tilknyt CSO`). Every change is written
 * to the log of administrative changes in its own transaction, so no change goes unrecorded.
 */
export function channelBindingRepository(ctx: SqlContext): ChannelBindingStore {
  const { db } = ctx;
  return {
    bindChannel: (binding, options = {}) =>
      ctx.write(async (trx) => {
        const previousRow = await trx
          .selectFrom('channel_bindings')
          .selectAll()
          .where('center_code', '=', binding.centerCode)
          .executeTakeFirst();
        const displacedRow = await trx
          .selectFrom('channel_bindings')
          .selectAll()
          .where('channel_id', '=', binding.channelId)
          .where('center_code', '<>', binding.centerCode)
          .executeTakeFirst();
        const previous = previousRow ? fromRow(previousRow) : null;
        const displaced = displacedRow ? fromRow(displacedRow) : null;
        const unchanged = { previous, displaced, change: null };
        if (options.firstOnly && (previous || displaced)) return unchanged;
        if (displacedRow) {
          await trx
            .deleteFrom('channel_bindings')
            .where('center_code', '=', displacedRow.center_code)
            .execute();
        }
        const row = {
          center_code: binding.centerCode,
          service_url: binding.serviceUrl,
          tenant_id: binding.tenantId,
          team_id: binding.teamId,
          channel_id: binding.channelId,
          channel_name: binding.channelName ?? null,
          bound_by_id: binding.boundBy.id,
          bound_by_name: binding.boundBy.name,
          bound_at: toMs(binding.at),
          mention_kind: binding.mention?.kind ?? null,
          mention_id: binding.mention?.id ?? null,
          mention_name: binding.mention?.name ?? null,
        };
        if (options.firstOnly) {
          // A concurrent first binding of the center or the channel may have committed since the
          // reads above (PostgreSQL, READ COMMITTED): then this one binds nothing.
          const inserted = await trx
            .insertInto('channel_bindings')
            .values(row)
            .onConflict((oc) => oc.doNothing())
            .returning('center_code')
            .executeTakeFirst();
          if (!inserted) return unchanged;
        } else {
          await trx
            .insertInto('channel_bindings')
            .values(row)
            .onConflict((oc) => oc.column('center_code').doUpdateSet(row))
            .execute();
        }
        const action: AdminAction = !previous
          ? 'binding.created'
          : previous.channelId === binding.channelId
            ? 'binding.changed'
            : 'binding.moved';
        const change = await insertAdminChange(trx, {
          at: binding.at,
          actor: binding.boundBy,
          action,
          centerCode: binding.centerCode,
          details: {
            from: previous ? channelRefOf(previous) : null,
            to: channelRefOf({ ...binding, channelName: binding.channelName ?? null }),
            displacedCenter: displaced?.centerCode ?? null,
            mention: binding.mention?.name ?? null,
            reason: null,
          },
        });
        await insertOutboxEntries(trx, options.notices?.(change) ?? []);
        return { previous, displaced, change };
      }),

    async bindingFor(centerCode) {
      const row = await db
        .selectFrom('channel_bindings')
        .selectAll()
        .where('center_code', '=', centerCode)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },

    async bindingOfChannel(channelId) {
      const row = await db
        .selectFrom('channel_bindings')
        .selectAll()
        .where('channel_id', '=', channelId)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },

    refreshServiceUrl: (teamId, serviceUrl) =>
      ctx.write(async (trx) => {
        const changed = await trx
          .updateTable('channel_bindings')
          .set({ service_url: serviceUrl })
          .where('team_id', '=', teamId)
          .where('service_url', '<>', serviceUrl)
          .executeTakeFirst();
        await trx
          .updateTable('teams')
          .set({ service_url: serviceUrl })
          .where('team_id', '=', teamId)
          .where('service_url', '<>', serviceUrl)
          .execute();
        await trx
          .updateTable('card_posts')
          .set({ service_url: serviceUrl })
          .where('channel_id', 'in', (q) =>
            q.selectFrom('channel_bindings').select('channel_id').where('team_id', '=', teamId),
          )
          .where('service_url', '<>', serviceUrl)
          .execute();
        return Number(changed.numUpdatedRows);
      }),

    async listBindings() {
      const rows = await db.selectFrom('channel_bindings').selectAll().orderBy('center_code').execute();
      return rows.map(fromRow);
    },
  };
}
