import { CardFactory, MessageFactory, TeamsInfo, TurnContext, type Activity } from 'botbuilder';
import type { Person } from '../callbacks/callback';
import type { AdaptiveCard } from '../cards/render-card';

/** The verified sender: Teams' Entra object id is the stable identity to authorize on. */
export const actorOf = (activity: Activity): Person => ({
  id: activity.from?.aadObjectId ?? activity.from?.id ?? 'ukendt',
  name: activity.from?.name ?? 'Ukendt bruger',
});

/**
 * The sender with their display name. Card invokes carry no name, so it is asked of Teams; a
 * failed look-up keeps the id, which is what authorization uses anyway.
 */
export async function resolveActor(context: TurnContext): Promise<Person> {
  const actor = actorOf(context.activity);
  if (context.activity.from?.name) return actor;
  const member = await TeamsInfo.getMember(context, context.activity.from.id).catch(() => null);
  return member?.name ? { ...actor, name: member.name } : actor;
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

export const cardMessage = (card: AdaptiveCard): Partial<Activity> =>
  MessageFactory.attachment(CardFactory.adaptiveCard(card));

export const sendCard = (context: TurnContext, card: AdaptiveCard) => context.sendActivity(cardMessage(card));
