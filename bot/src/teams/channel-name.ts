import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { TeamStore } from './team-store';

/**
 * A channel's display name, for confirmations, notices and the log of changes. A channel message
 * names the channel by id only, so the name comes from what the bot learnt from channel events,
 * else from Teams' channel list; null when neither knows (the text then says so).
 */
export async function channelNameOf(
  context: TurnContext,
  teams: TeamStore,
  teamId: string,
  channelId: string,
): Promise<string | null> {
  const given: unknown = context.activity.channelData?.channel?.name;
  if (typeof given === 'string' && given) return given;
  const known = (await teams.teamChannels(teamId)).find((c) => c.channelId === channelId)?.channelName;
  if (known) return known;
  const listed = await TeamsInfo.getTeamChannels(context, teamId).catch(() => []);
  return listed.find((c) => c.id === channelId)?.name ?? null;
}
