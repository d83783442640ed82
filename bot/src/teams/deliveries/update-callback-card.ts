import { CardFactory } from 'botbuilder';
import type { Deliver } from '../../outbox/delivery';
import { channelCardFor } from '../callback-card-for';
import { callbackIdOf, NotYetDeliverable, type DeliveryDeps } from './delivery-deps';

/**
 * Redraws every posted card of a callback from storage, so everybody sees the change. Entries
 * for versions that were overtaken are skipped: the entry of the newest version draws it all.
 */
export const updateCallbackCard =
  (deps: DeliveryDeps): Deliver =>
  async (entry, context) => {
    const callback = await deps.store.callbacks.getCallback(callbackIdOf(entry.payload));
    if (!callback) return { skipped: 'callback gone' };
    const version = (entry.payload as { version?: number }).version ?? callback.version;
    if (version < callback.version) return { skipped: `overtaken by version ${callback.version}` };
    const posts = await deps.store.cardPosts.cardPostsOf(callback.id);
    if (posts.length === 0) {
      const post = await deps.store.outbox.byDedupeKey(`post:${callback.id}`);
      if (post?.status === 'pending') throw new NotYetDeliverable('card not posted yet');
      return { skipped: 'never posted' };
    }
    const card = await channelCardFor(deps, callback);
    for (const post of posts) {
      await deps.sender.updateActivity({
        signal: context.signal,
        serviceUrl: post.serviceUrl,
        conversationId: post.conversationId,
        activityId: post.activityId,
        activity: { type: 'message', id: post.activityId, attachments: [CardFactory.adaptiveCard(card)] },
      });
    }
    return { updated: posts.length, version: callback.version };
  };
