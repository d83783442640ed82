import type { Activity } from 'botbuilder';
import type { ChannelMention } from '../centers/channel-binding-store';

/** A Teams user id (29:…), an Entra user as Teams names it (8:orgid:…), or an Entra object id. */
const userId = /^(29:|8:orgid:)|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AlertMention {
  mention: ChannelMention;
  /** The mention entity as Teams sent it, for the log: its shape for a tag is not documented. */
  entity: unknown;
}

/**
 * The tag (or person) mentioned in `@Kontaktcenter tilknyt CSO @CSO-tilbagekald`, besides the bot:
 * posts then @mention it, which alerts everybody with the tag. Teams lets a bot mention a tag or
 * a user, not a whole channel or team (decision 0010). How a tag mention arrives is not
 * documented, and it has been seen without `"type": "tag"`: a mentioned id that is no user's id
 * is taken for a tag (decision 0044).
 */
export function findAlertMention(activity: Activity): AlertMention | null {
  const botId = activity.recipient?.id;
  for (const entity of activity.entities ?? []) {
    const mentioned =
      entity.type === 'mention' ? (entity.mentioned as { id?: string; name?: string; type?: string }) : null;
    if (!mentioned?.id || !mentioned.name || mentioned.id === botId) continue;
    const tag = mentioned.type === 'tag' || !userId.test(mentioned.id);
    return { mention: { kind: tag ? 'tag' : 'user', id: mentioned.id, name: mentioned.name }, entity };
  }
  return null;
}
