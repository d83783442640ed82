import {
  clientInfo,
  envelope,
  inPersonalChat,
  newEventId,
  newMessageId,
  placeFields,
  teamFields,
  type Envelope,
  type IncomingActivity,
  type Place,
  type TeamRef,
} from './teams-activity-base';
import type { TeamsChannel } from './teams-fixtures';
import { teamsIds } from './teams-ids';

export * from './teams-activity-base';

/** A message in the user's 1:1 chat with the bot. */
export function personalMessage(o: Envelope & { text: string; conversationId?: string }): IncomingActivity {
  const { tenantId, fields } = envelope(o, 'message', newMessageId());
  return {
    ...fields,
    ...placeFields(inPersonalChat(o.user, o.conversationId), tenantId),
    text: o.text,
    textFormat: 'plain',
    entities: [clientInfo],
  };
}

/**
 * An @mention of the bot in a channel: a new root post (the default; the conversation id names the
 * post itself) or a reply in the thread `rootId`. The text gets `<at>Kontaktcenter</at> ` in front.
 */
export function channelMention(
  o: Envelope & { text: string; team: TeamRef; channel: TeamsChannel; botName?: string; rootId?: string },
): IncomingActivity {
  const { tenantId, bot, fields } = envelope(o, 'message', newMessageId());
  const botName = o.botName ?? bot.name;
  const at = `<at>${botName}</at>`;
  return {
    ...fields,
    ...placeFields(
      { kind: 'channel', team: o.team, channel: o.channel, rootId: o.rootId ?? fields.id },
      tenantId,
    ),
    text: o.text.startsWith('<at>') ? o.text : `${at} ${o.text}`,
    textFormat: 'plain',
    entities: [{ type: 'mention', mentioned: { id: bot.id, name: botName }, text: at }, clientInfo],
  };
}

type CardPlace = { conversation: Place; replyToId: string };

/** Fields of the message that holds the card, shared by Action.Execute and Action.Submit. */
function cardFields(o: Envelope & CardPlace, tenantId: string) {
  const { conversation, channelData } = placeFields(o.conversation, tenantId);
  return {
    conversation,
    channelData: { ...channelData, source: { name: 'message' }, legacy: { replyToId: o.replyToId } },
    replyToId: o.replyToId,
    entities: [clientInfo],
  };
}

/**
 * A press on an `Action.Execute` button: an invoke answered in the HTTP response. Card inputs are
 * merged into `data`. `trigger: 'automatic'` is Teams refreshing the card by itself.
 */
export function cardAction(
  o: Envelope &
    CardPlace & { verb: string; data?: Record<string, unknown>; trigger?: 'manual' | 'automatic' },
): IncomingActivity {
  const { tenantId, fields } = envelope(o, 'invoke', newEventId(), false);
  return {
    ...fields,
    ...cardFields(o, tenantId),
    name: 'adaptiveCard/action',
    value: {
      action: { type: 'Action.Execute', verb: o.verb, data: o.data ?? {} },
      trigger: o.trigger ?? 'manual',
    },
  };
}

/** A press on an `Action.Submit` button: a message with `value` and no text. */
export function submitAction(o: Envelope & CardPlace & { value: Record<string, unknown> }): IncomingActivity {
  const { tenantId, fields } = envelope(o, 'message', newMessageId());
  return { ...fields, ...cardFields(o, tenantId), value: o.value };
}

/** The app added to a user's personal scope: installationUpdate, then conversationUpdate. */
export function installPersonal(
  o: Envelope & { conversationId?: string },
): [IncomingActivity, IncomingActivity] {
  const place = inPersonalChat(o.user, o.conversationId);
  const install = envelope(o, 'installationUpdate', newEventId());
  const tenantId = install.tenantId;
  const added = envelope({ ...o, id: undefined }, 'conversationUpdate', newEventId());
  return [
    { ...install.fields, ...placeFields(place, tenantId), action: 'add' },
    {
      ...added.fields,
      ...placeFields(place, tenantId),
      membersAdded: [{ id: o.user.id, aadObjectId: o.user.aadObjectId }, { id: added.bot.id }],
    },
  ];
}

/** The app added to a team by `user`: installationUpdate, then conversationUpdate teamMemberAdded. */
export function installInTeam(o: Envelope & { team: TeamRef }): [IncomingActivity, IncomingActivity] {
  const install = envelope(o, 'installationUpdate', newEventId());
  const { conversation, team } = teamFields(o.team, install.tenantId);
  const tenant = { id: install.tenantId };
  const added = envelope({ ...o, id: undefined }, 'conversationUpdate', newEventId());
  return [
    {
      ...install.fields,
      conversation,
      action: 'add',
      channelData: {
        tenant,
        team,
        settings: { selectedChannel: { id: o.team.id } },
        source: { name: 'message' },
      },
    },
    {
      ...added.fields,
      conversation,
      membersAdded: [{ id: added.bot.id }],
      channelData: { tenant, eventType: 'teamMemberAdded', team },
    },
  ];
}

/** The app removed from a team: installationUpdate remove, then conversationUpdate teamMemberRemoved. */
export function removeFromTeam(o: Envelope & { team: TeamRef }): [IncomingActivity, IncomingActivity] {
  const [install, added] = installInTeam(o);
  const { membersAdded, ...update } = added;
  return [
    { ...install, action: 'remove' },
    {
      ...update,
      id: newEventId(),
      membersRemoved: membersAdded,
      channelData: { ...update.channelData, eventType: 'teamMemberRemoved' },
    },
  ];
}

/** A channel created (or renamed, deleted) in a team where the bot is installed. */
export function channelCreated(
  o: Envelope & {
    team: TeamRef;
    channel: TeamsChannel;
    eventType?: 'channelCreated' | 'channelRenamed' | 'channelDeleted';
  },
): IncomingActivity {
  const { tenantId, fields } = envelope(o, 'conversationUpdate', newEventId());
  const { conversation, team } = teamFields(o.team, tenantId);
  return {
    ...fields,
    conversation,
    channelData: {
      tenant: { id: tenantId },
      eventType: o.eventType ?? 'channelCreated',
      channel: { id: o.channel.id, ...(o.channel.name ? { name: o.channel.name } : {}) },
      team,
    },
  };
}

/** The conversation id of the thread a channel-mention root post starts. */
export const threadOf = (activity: IncomingActivity): string => String(activity.conversation.id);

export { teamsIds };
