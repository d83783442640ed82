import type { TeamStore } from '../teams/team-store';
import type { SqlContext } from './sql-context';
import { fromMs, toMs } from './values';

/** Teams and channels learnt from install and channel events, offered when binding a center. */
export function teamRepository(ctx: SqlContext): TeamStore {
  const { db } = ctx;
  return {
    recordInstall: (install) =>
      ctx.write(async (trx) => {
        const at = toMs(install.at);
        const team = {
          team_id: install.teamId,
          team_name: install.teamName,
          tenant_id: install.tenantId,
          service_url: install.serviceUrl,
          installed_at: at,
          updated_at: at,
        };
        const { installed_at: _keepFirstInstall, ...changes } = team;
        await trx
          .insertInto('teams')
          .values(team)
          .onConflict((oc) => oc.column('team_id').doUpdateSet(changes))
          .execute();
        for (const c of install.channels ?? []) {
          const channel = {
            channel_id: c.channelId,
            team_id: install.teamId,
            channel_name: c.channelName,
            updated_at: at,
          };
          await trx
            .insertInto('team_channels')
            .values(channel)
            .onConflict((oc) => oc.column('channel_id').doUpdateSet(channel))
            .execute();
        }
      }),

    async recordChannel(c) {
      const channel = {
        channel_id: c.channelId,
        team_id: c.teamId,
        channel_name: c.channelName,
        updated_at: toMs(c.at),
      };
      await ctx.run((d) =>
        d
          .insertInto('team_channels')
          .values(channel)
          .onConflict((oc) => oc.column('channel_id').doUpdateSet(channel))
          .execute(),
      );
    },

    async forgetChannel(channelId) {
      await ctx.run((d) => d.deleteFrom('team_channels').where('channel_id', '=', channelId).execute());
    },

    async teamChannels(teamId) {
      const rows = await db
        .selectFrom('team_channels')
        .selectAll()
        .where('team_id', '=', teamId)
        .orderBy('channel_name', (ob) => ob.asc().nullsLast())
        .orderBy('channel_id')
        .execute();
      return rows.map((r) => ({ teamId: r.team_id, channelId: r.channel_id, channelName: r.channel_name }));
    },

    async listTeams() {
      const rows = await db
        .selectFrom('teams')
        .selectAll()
        .orderBy('team_name', (ob) => ob.asc().nullsLast())
        .orderBy('team_id')
        .execute();
      return rows.map((r) => ({
        teamId: r.team_id,
        teamName: r.team_name,
        tenantId: r.tenant_id,
        serviceUrl: r.service_url,
        installedAt: fromMs(r.installed_at),
      }));
    },
  };
}
