import type { Activity } from 'botbuilder';
import type { BotDeps } from './bot-deps';

/**
 * Install and channel events tell the bot which teams and channels exist, so that coordinators
 * can see where it is installed and which channels could be bound. The General channel's id is
 * the team id.
 */
export async function recordTeamInstall(deps: Pick<BotDeps, 'store' | 'now' | 'logger'>, activity: Activity) {
  const data = activity.channelData ?? {};
  const team = data.team;
  if (!team?.id || activity.conversation?.conversationType !== 'channel') return;
  const at = deps.now();
  switch (data.eventType) {
    case 'teamMemberAdded': {
      const botAdded = (activity.membersAdded ?? []).some((m) => m.id === activity.recipient?.id);
      if (!botAdded) return;
      await deps.store.teams.recordInstall({
        teamId: team.id,
        teamName: team.name ?? null,
        tenantId: data.tenant?.id ?? activity.conversation.tenantId ?? '',
        serviceUrl: activity.serviceUrl,
        channels: [{ channelId: team.id, channelName: 'General' }],
        at,
      });
      deps.logger.info('teams.team_installed', { teamId: team.id });
      return;
    }
    case 'channelCreated':
    case 'channelRenamed':
    case 'channelRestored':
      if (data.channel?.id) {
        await deps.store.teams.recordChannel({
          teamId: team.id,
          channelId: data.channel.id,
          channelName: data.channel.name ?? null,
          at,
        });
      }
      return;
    case 'channelDeleted':
      if (data.channel?.id) await deps.store.teams.forgetChannel(data.channel.id);
      return;
  }
}
