import type { Activity } from 'botbuilder';
import type { Store } from '../../storage/store';

/**
 * A card of this callback that the bot posted but never learnt the id of: its answer was lost,
 * and the callback was posted again with the line saying it may be there twice (decision 0032).
 * A button pressed on that first card names it (the thread it roots), so it is recorded, and
 * every later update redraws both cards. Only for callbacks posted again, and only in the channel
 * their resent card is in.
 */
export async function adoptUnrecordedCard(
  store: Store,
  activity: Activity,
  callbackId: string,
): Promise<void> {
  const thread = /^(.+);messageid=(.+)$/.exec(activity.conversation?.id ?? '');
  if (!thread) return;
  const [conversationId, channelId, activityId] = thread as unknown as [string, string, string];
  const posts = await store.cardPosts.cardPostsOf(callbackId);
  const resent = posts.find((p) => p.resent);
  if (!resent || resent.channelId !== channelId || posts.some((p) => p.activityId === activityId)) return;
  await store.cardPosts.recordCardPost({
    callbackId,
    centerCode: resent.centerCode,
    serviceUrl: resent.serviceUrl,
    tenantId: resent.tenantId,
    channelId,
    conversationId,
    activityId,
  });
}
