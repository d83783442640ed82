import type { Deliver } from '../../outbox/delivery';
import { keepTrying } from '../../outbox/keep-trying';
import { channelCardFor } from '../callback-card-for';
import { alertingActivity } from '../sender-alerting-activity';
import { callbackIdOf, NotYetDeliverable, type DeliveryDeps } from './delivery-deps';

/**
 * Posts a new callback as a new thread in its center's channel. A callback whose card is already
 * recorded is not posted again (the entry may be redelivered after a crash before markSent).
 */
export const postCallbackCard =
  (deps: DeliveryDeps): Deliver =>
  async (entry, context) => {
    const callback = await deps.store.callbacks.getCallback(callbackIdOf(entry.payload));
    if (!callback) return { skipped: 'callback gone' };
    const posted = await deps.store.cardPosts.cardPostsOf(callback.id);
    if (posted.length > 0) return { skipped: 'already posted', activityId: posted[0]!.activityId };
    const binding = await deps.store.channels.bindingFor(callback.centerCode);
    if (!binding) throw new NotYetDeliverable(`no channel bound for ${callback.centerCode}`);

    const card = await channelCardFor(deps, callback);
    const { conversationId, activityId } = await deps.sender.createThread({
      signal: context.signal,
      serviceUrl: binding.serviceUrl,
      tenantId: binding.tenantId,
      channelId: binding.channelId,
      activity: alertingActivity(
        card,
        `${callback.reference}: ${callback.topic}`,
        binding.mention ?? undefined,
      ),
    });
    // The card is in Teams now: its record is what keeps it from being posted again.
    const post = {
      callbackId: callback.id,
      centerCode: callback.centerCode,
      serviceUrl: binding.serviceUrl,
      tenantId: binding.tenantId,
      channelId: binding.channelId,
      conversationId,
      activityId,
    };
    await keepTrying(() => deps.store.cardPosts.recordCardPost(post), {
      worthIt: () => !context.signal.aborted,
      onRetry: (error) =>
        deps.logger.warn('callback.post_record_retrying', { reference: callback.reference, error }),
    });
    deps.logger.info('callback.posted', {
      reference: callback.reference,
      center: callback.centerCode,
      activityId,
    });
    return { conversationId, activityId };
  };
