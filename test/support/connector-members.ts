import type { TeamsChannel, TeamsTeam, TeamsUser } from './teams-fixtures';
import { isChannelId, splitThreadId, teamsIds } from './teams-ids';
import { teamsError, type ConnectorResult, type JsonObject } from './connector-types';

/** Who is in which conversation: teams with their channels and members, and personal chats. */
export class ConnectorDirectory {
  private readonly teams = new Map<string, TeamsTeam>();
  /** Channels deleted from their team: Teams answers 404 for them. */
  private readonly deleted = new Set<string>();
  private readonly personalChats = new Map<
    string,
    { user: Partial<TeamsUser> & { id: string }; tenantId: string }
  >();

  constructor(private readonly defaultTenantId: string) {}

  addTeam(team: TeamsTeam): void {
    // A copy: removing a member must not change the fixture other tests start from.
    this.teams.set(team.id, { ...team, members: [...(team.members ?? [])] });
    const tenantId = team.tenantId ?? this.defaultTenantId;
    for (const member of team.members ?? []) this.addUser(member, tenantId);
  }

  removeTeam(teamId: string): void {
    this.teams.delete(teamId);
  }

  /** Someone leaves the team (or an owner removes them); returns whether they were a member. */
  removeMember(teamId: string, memberId: string): boolean {
    const team = this.teams.get(teamId);
    const members = team?.members ?? [];
    const kept = members.filter((m) => !isMember(m, memberId));
    if (team) team.members = kept;
    return kept.length < members.length;
  }

  removeChannel(channelId: string): void {
    const found = this.findChannel(channelId);
    if (found) found.team.channels = (found.team.channels ?? []).filter((c) => c.id !== channelId);
    this.deleted.add(channelId);
  }

  teamByGroupId(groupId: string): TeamsTeam | undefined {
    return [...this.teams.values()].find((t) => t.aadGroupId === groupId);
  }

  /** A user the bot can reach in a personal chat (installed personally or via a team). */
  addUser(user: Partial<TeamsUser> & { id: string }, tenantId = this.defaultTenantId): string {
    const conversationId = teamsIds.personalConversation(user.id);
    const known = this.personalChats.get(conversationId);
    // Keep the richer record when a bare `{id}` from a create-conversation call arrives later.
    if (!known || Object.keys(user).length >= Object.keys(known.user).length) {
      this.personalChats.set(conversationId, { user, tenantId });
    }
    return conversationId;
  }

  team(teamId: string): TeamsTeam | undefined {
    return this.teams.get(teamId);
  }

  /** The General channel has the team's id and, like in Teams, no name. */
  channelsOf(team: TeamsTeam): TeamsChannel[] {
    const channels = team.channels ?? [];
    return channels.some((c) => c.id === team.id) ? channels : [{ id: team.id }, ...channels];
  }

  findChannel(channelId: string): { team: TeamsTeam; channel: TeamsChannel } | undefined {
    for (const team of this.teams.values()) {
      const channel = this.channelsOf(team).find((c) => c.id === channelId);
      if (channel) return { team, channel };
    }
    return undefined;
  }

  /** Teams refuses a bot in channels it is not part of: unknown teams, private and shared channels. */
  checkBotIn(conversationId: string): ConnectorResult | undefined {
    const { channelId } = splitThreadId(conversationId);
    if (!isChannelId(channelId)) return undefined;
    if (this.deleted.has(channelId))
      return teamsError(404, 'ConversationNotFound', 'Conversation not found.');
    const found = this.findChannel(channelId);
    const standard = (found?.channel.membershipType ?? 'standard') === 'standard';
    return found && standard
      ? undefined
      : teamsError(403, 'BotNotInConversationRoster', 'The bot is not part of the conversation roster.');
  }

  /** The members of a conversation; a channel thread has the members of the channel's team. */
  membersOf(conversationId: string): { members: TeamsUser[]; tenantId: string } | ConnectorResult {
    const refused = this.checkBotIn(conversationId);
    if (refused) return refused;
    const { channelId } = splitThreadId(conversationId);
    const found = this.findChannel(channelId);
    if (found) {
      return { members: found.team.members ?? [], tenantId: found.team.tenantId ?? this.defaultTenantId };
    }
    const chat = this.personalChats.get(conversationId);
    if (chat) return { members: [chat.user as TeamsUser], tenantId: chat.tenantId };
    return teamsError(404, 'ConversationNotFound', 'Conversation not found');
  }
}

/** Members can be looked up by their Teams id, their AAD object id or their UPN, as in Teams. */
export const isMember = (user: TeamsUser, memberId: string): boolean =>
  user.id === memberId ||
  user.aadObjectId === memberId ||
  (user.userPrincipalName ?? '').toLowerCase() === memberId.toLowerCase();

/**
 * A TeamsChannelAccount as the connector returns it. The legacy `GET .../members` list calls the
 * object id `objectId`; the single-member and paged routes call it `aadObjectId`.
 */
export function toAccount(
  user: TeamsUser,
  tenantId: string,
  objectIdKey: 'aadObjectId' | 'objectId' = 'aadObjectId',
): JsonObject {
  const account: JsonObject = {
    id: user.id,
    name: user.name,
    [objectIdKey]: user.aadObjectId,
    givenName: user.givenName,
    surname: user.surname,
    email: user.email,
    userPrincipalName: user.userPrincipalName,
    tenantId,
    userRole: 'user',
  };
  return Object.fromEntries(Object.entries(account).filter(([, v]) => v !== undefined));
}
