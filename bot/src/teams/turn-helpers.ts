import { CardFactory, MessageFactory, TurnContext, type Activity } from 'botbuilder';
import type { Person } from '../callbacks/callback';
import type { AdaptiveCard } from '../cards/render-card';
import type { Logger } from '../shared/logger';
import { toConnectorFailure } from './connector-failure';
import type { TeamsSender } from './teams-sender';
import { ttlCache, type TtlCache } from './ttl-cache';

/** The verified sender: Teams' Entra object id is the stable identity to authorize on. */
export const actorOf = (activity: Activity): Person => ({
  id: activity.from?.aadObjectId ?? activity.from?.id ?? 'ukendt',
  name: activity.from?.name ?? 'Ukendt bruger',
});

/** Display names by Teams user id: a rename shows up within the hour, the id never changes. */
export type DisplayNames = TtlCache<string>;

export const displayNameCache = (now?: () => number): DisplayNames =>
  ttlCache({ ttlMs: 60 * 60_000, maxEntries: 10_000, ...(now ? { now } : {}) });

/**
 * The sender with their display name. Card invokes carry no name, so it is asked of Teams once
 * and then kept in `names` (an agent books many callbacks a day); the name is only shown and
 * logged, never authorized on. A failed look-up (not found, a slow or throttled Teams: the turn's
 * client neither retries nor waits out Retry-After) keeps the id, which is what authorization
 * uses, and the turn goes on within its budget (decision 0043).
 */
export async function resolveActor(
  context: TurnContext,
  names: DisplayNames,
  teams: { members: Pick<TeamsSender, 'getMember'>; logger: Logger; signal?: AbortSignal },
): Promise<Person> {
  const activity = context.activity;
  const actor = actorOf(activity);
  const teamsId = activity.from?.id;
  if (activity.from?.name || !teamsId) return actor;
  const known = names.get(teamsId);
  if (known) return { ...actor, name: known };
  const member = await teams.members
    .getMember({
      serviceUrl: activity.serviceUrl,
      conversationId: activity.conversation.id,
      userId: teamsId,
      ...(teams.signal ? { signal: teams.signal } : {}),
    })
    .catch((error: unknown) => {
      teams.logger.warn('teams.name_unresolved', {
        user: actor.id,
        ...toConnectorFailure(error, teams.signal).toJSON(),
      });
      return null;
    });
  if (!member?.name) return actor;
  names.set(teamsId, member.name);
  return { ...actor, name: member.name };
}

/** The text the user wrote, without the "<at>Bot</at>" mention Teams puts in channel messages. */
export function commandText(context: TurnContext): string {
  const stripped = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
  return stripped
    .replace(/<at>[^<]*<\/at>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .trim();
}

export const isChannel = (activity: Activity): boolean =>
  activity.conversation?.conversationType === 'channel';

/**
 * A channel message that does not @mention the bot. With the resource-specific permission
 * ChannelMessage.Read.Group, Teams sends the bot every message in the team's channels, not only
 * those that mention it (decision 0032); they are none of its business and are ignored unread.
 */
export const isChannelChatter = (activity: Activity): boolean =>
  isChannel(activity) &&
  !(activity.entities ?? []).some(
    (e) =>
      e.type === 'mention' && (e.mentioned as { id?: string } | undefined)?.id === activity.recipient?.id,
  );

const cardMessage = (card: AdaptiveCard): Partial<Activity> =>
  MessageFactory.attachment(CardFactory.adaptiveCard(card));

export const sendCard = (context: TurnContext, card: AdaptiveCard) => context.sendActivity(cardMessage(card));
