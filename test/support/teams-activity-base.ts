import {
  testBot,
  testTenantId,
  type TeamsBot,
  type TeamsChannel,
  type TeamsTeam,
  type TeamsUser,
} from './teams-fixtures';
import { messageIdCounter, teamsIds } from './teams-ids';

/** An activity as Teams posts it to /api/messages (plain JSON, not a botbuilder object). */
export interface IncomingActivity {
  type: string;
  id: string;
  timestamp: string;
  channelId: 'msteams';
  serviceUrl: string;
  from: Record<string, unknown>;
  recipient: Record<string, unknown>;
  conversation: Record<string, unknown>;
  channelData: Record<string, unknown>;
  [key: string]: unknown;
}

/** What every builder needs; tenant and bot default to the test tenant and the Kontaktcenter bot. */
export interface Envelope {
  serviceUrl: string;
  user: TeamsUser;
  tenantId?: string;
  bot?: TeamsBot;
  id?: string;
  timestamp?: Date;
}

export type TeamRef = Pick<TeamsTeam, 'id'> & Partial<Pick<TeamsTeam, 'name' | 'aadGroupId'>>;

/** Where an activity happens: a personal chat, or a thread in a team channel. */
export type Place =
  | { kind: 'personal'; conversationId: string }
  | { kind: 'channel'; team: TeamRef; channel: TeamsChannel; rootId: string };

export const inPersonalChat = (user: TeamsUser, conversationId?: string): Place => ({
  kind: 'personal',
  conversationId: conversationId ?? teamsIds.personalConversation(user.id),
});

export const inChannelThread = (team: TeamRef, channel: TeamsChannel, rootId: string): Place => ({
  kind: 'channel',
  team,
  channel,
  rootId,
});

const nextMessageId = messageIdCounter(1_750_000_000_000);
const nextEventId = messageIdCounter(1_000_000_000_000);

/** Messages carry epoch-millisecond ids; events and invokes carry opaque `f:` ids. */
export const newMessageId = (): string => nextMessageId();
export const newEventId = (): string => `f:${nextEventId()}`;

export const clientInfo = {
  type: 'clientInfo',
  locale: 'da-DK',
  country: 'DK',
  platform: 'Web',
  timezone: 'Europe/Copenhagen',
};

/** The conversation and channelData Teams sends for a place; message events name no team or channel. */
export function placeFields(place: Place, tenantId: string) {
  if (place.kind === 'personal') {
    return {
      conversation: { conversationType: 'personal', tenantId, id: place.conversationId },
      channelData: { tenant: { id: tenantId } } as Record<string, unknown>,
    };
  }
  return {
    conversation: {
      isGroup: true,
      conversationType: 'channel',
      tenantId,
      id: teamsIds.thread(place.channel.id, place.rootId),
    },
    channelData: {
      tenant: { id: tenantId },
      team: { id: place.team.id },
      channel: { id: place.channel.id },
      teamsTeamId: place.team.id,
      teamsChannelId: place.channel.id,
    } as Record<string, unknown>,
  };
}

/** The team-level conversation (the General channel, whose id is the team id) used by team events. */
export function teamFields(team: TeamRef, tenantId: string) {
  return {
    conversation: { isGroup: true, conversationType: 'channel', tenantId, id: team.id },
    team: {
      id: team.id,
      ...(team.name ? { name: team.name } : {}),
      ...(team.aadGroupId ? { aadGroupId: team.aadGroupId } : {}),
    },
  };
}

/** The fields every incoming activity has. `withName: false` mirrors invokes, whose `from` has no name. */
export function envelope(e: Envelope, type: string, id: string, withName = true) {
  const bot = e.bot ?? testBot;
  const tenantId = e.tenantId ?? testTenantId;
  return {
    tenantId,
    bot,
    fields: {
      type,
      id: e.id ?? id,
      timestamp: (e.timestamp ?? new Date()).toISOString(),
      channelId: 'msteams' as const,
      serviceUrl: e.serviceUrl,
      from: { id: e.user.id, ...(withName ? { name: e.user.name } : {}), aadObjectId: e.user.aadObjectId },
      recipient: { id: bot.id, name: bot.name },
      locale: 'da-DK',
      localTimezone: 'Europe/Copenhagen',
    },
  };
}
