import { CardFactory, type Activity } from 'botbuilder';
import type { SendKind } from '../outbox/rate-limiter';

/**
 * A channel post that reaches people rather than sitting silently in the channel.
 *
 * What Teams offers a bot (Teams platform docs; botbuilder-js#2662, BotBuilder-MicrosoftTeams#139):
 * - a channel post alerts only the people who follow the channel (their own settings decide);
 * - `channelData.notification.alert` puts a message in the activity feed, but Teams applies it to
 *   1:1 chats with the bot only; in a channel it is harmless and does nothing;
 * - a bot cannot @mention a whole team or channel (Teams shows an unknown user, nobody is told);
 * - a bot can @mention a user (their Teams or Entra id) or a Teams tag (`mentioned.type: "tag"`,
 *   tag id from Graph GET /teams/{id}/tags): everybody with the tag is alerted, as if named.
 * So a center that wants to be alerted gets a tag (e.g. "CSO-tilbagekald") mentioned on each post.
 * `summary` is what the feed and toast show; it carries no citizen data, like the card.
 */
export interface ChannelMention {
  kind: 'user' | 'tag';
  /** The user's Teams id (29:...) or Entra object id, or the tag id. */
  id: string;
  /** Shown as @name; Teams ignores a mention whose text is not in the message text. */
  name: string;
}

export function alertingActivity(card: object, summary: string, mention?: ChannelMention): Partial<Activity> {
  const at = mention ? `<at>${escapeXml(mention.name)}</at>` : undefined;
  return {
    type: 'message',
    summary,
    // Text only to carry the mention: the card says everything else, and `summary` feeds the
    // notification. (Some clients, like the Agents Playground, show text instead of the card.)
    ...(at ? { text: `${at} ${escapeXml(summary)}` } : {}),
    attachments: [CardFactory.adaptiveCard(card)],
    ...(mention && at
      ? {
          entities: [
            {
              type: 'mention',
              text: at,
              mentioned: {
                id: mention.id,
                name: mention.name,
                ...(mention.kind === 'tag' ? { type: 'tag' } : {}),
              },
            },
          ],
        }
      : {}),
    channelData: { notification: { alert: true } },
  };
}

/** Whether an activity @mentions a tag, which Teams rate-limits further (decision 0044). */
export const sendKindOf = (activity: Partial<Activity>): SendKind =>
  (activity.entities ?? []).some(
    (e) => e.type === 'mention' && (e.mentioned as { type?: string } | undefined)?.type === 'tag',
  )
    ? 'tagMention'
    : 'plain';

/** Text with `<` or `&` would be read as markup by Teams (and could forge an <at> mention). */
const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
