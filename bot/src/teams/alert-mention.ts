import type { Activity } from 'botbuilder';
import type { ChannelMention } from '../shared/store-ports';

/**
 * The tag (or person) mentioned in `@Kontaktcenter tilknyt CSO @CSO-tilbagekald`, besides the bot:
 * posts then @mention it, which alerts everybody with the tag. Teams lets a bot mention a tag or
 * a user, not a whole channel or team (see docs/decisions).
 */
export function alertMentionOf(activity: Activity): ChannelMention | null {
  const botId = activity.recipient?.id;
  for (const entity of activity.entities ?? []) {
    const mentioned =
      entity.type === 'mention' ? (entity.mentioned as { id?: string; name?: string; type?: string }) : null;
    if (!mentioned?.id || !mentioned.name || mentioned.id === botId) continue;
    return { kind: mentioned.type === 'tag' ? 'tag' : 'user', id: mentioned.id, name: mentioned.name };
  }
  return null;
}
