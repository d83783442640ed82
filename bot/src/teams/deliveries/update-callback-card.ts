import { CardFactory } from 'botbuilder';
import { dedupeKeys, type DeliverMessage } from '../../outbox/outbox-messages';
import { channelCardFor } from '../callback-card-for';
import { ConnectorFailure } from '../connector-failure';
import { NotYetDeliverable, type DeliveryDeps } from './delivery-deps';

/**
 * Redraws every posted card of a callback from storage, so everybody sees the change. Entries
 * for versions that were overtaken are skipped: the entry of the newest version draws it all.
 * A card someone deleted in the channel (Teams: 404 ActivityNotFoundInConversation; e.g. one of
 * two cards of a callback posted again, decision 0032) is passed over, not a reason to stop
 * redrawing the others.
 */
export const deliverCardUpdate =
  (deps: DeliveryDeps): DeliverMessage<'update_card'> =>
  async (_entry, payload, context) => {
    const callback = await deps.store.callbacks.getCallback(payload.callbackId);
    if (!callback) return { skipped: 'callback gone' };
    const version = payload.version ?? callback.version;
    if (version < callback.version) return { skipped: `overtaken by version ${callback.version}` };
    const posts = await deps.store.cardPosts.cardPostsOf(callback.id);
    if (posts.length === 0) {
      const post = await deps.store.outbox.byDedupeKey(dedupeKeys.callbackPost(callback.id));
      if (post?.status === 'pending') throw new NotYetDeliverable('card not posted yet');
      return { skipped: 'never posted' };
    }
    const card = await channelCardFor(deps, callback);
    let updated = 0;
    for (const post of posts) {
      try {
        await deps.sender.updateActivity({
          signal: context.signal,
          serviceUrl: post.serviceUrl,
          conversationId: post.conversationId,
          activityId: post.activityId,
          activity: { type: 'message', id: post.activityId, attachments: [CardFactory.adaptiveCard(card)] },
        });
        updated += 1;
      } catch (error) {
        if (!(error instanceof ConnectorFailure && error.code === 'ActivityNotFoundInConversation'))
          throw error;
        deps.logger.info('callback.card_deleted', {
          reference: callback.reference,
          activityId: post.activityId,
        });
      }
    }
    return { updated, version: callback.version };
  };
