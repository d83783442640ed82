import type { Callback } from '../../callbacks/callback';
import type { DeliverMessage } from '../../outbox/outbox-messages';
import { keepTrying } from '../../outbox/keep-trying';
import type { ChannelBinding } from '../../centers/channel-binding-store';
import type { CardPost } from '../card-post-store';
import { channelCardFor } from '../callback-card-for';
import { alertingActivity } from '../sender-alerting-activity';
import { NotYetDeliverable, type DeliveryDeps } from './delivery-deps';

type NewPost = Omit<CardPost, 'postedAt'>;

/**
 * Posts a new callback as a new thread in its center's channel (decision 0032). Teams has no
 * idempotency key for a new post, so the send is marked in flight first; an attempt that finds
 * an earlier send of unknown outcome (the process died, the answer was lost) does not post
 * blindly:
 *
 * - it records a post this process made but could not record (the disk was full);
 * - with ChannelMessage.Read.Group it reads the channel: the card is there (record it) or not
 *   (post it, the only copy);
 * - otherwise it posts again with a visible line saying the card may be there twice.
 *
 * A callback whose card is already recorded is not posted again.
 */
export const deliverCallbackPost = (deps: DeliveryDeps): DeliverMessage<'post_callback'> => {
  // Posted by this process but not recorded: recorded by the next attempt, never posted again.
  const unrecorded = new Map<string, NewPost>();

  const record = async (post: NewPost, signal: AbortSignal) => {
    try {
      // The card is in Teams now: its record is what keeps it from being posted again, so a
      // database that is away (restarting) is waited for while the lease holds.
      await keepTrying(() => deps.store.cardPosts.recordCardPost(post), {
        worthIt: () => !signal.aborted,
        onRetry: (error) =>
          deps.logger.warn('callback.post_record_retrying', { callbackId: post.callbackId, error }),
      });
    } catch (error) {
      unrecorded.set(post.callbackId, post);
      throw error;
    }
    unrecorded.delete(post.callbackId);
    const { conversationId, activityId } = post;
    return { conversationId, activityId, ...(post.resent ? { resent: true } : {}) };
  };

  const postOf = (
    callback: Callback,
    binding: ChannelBinding,
    ids: { conversationId: string; activityId: string },
    resent: boolean,
  ): NewPost => ({
    callbackId: callback.id,
    centerCode: callback.centerCode,
    serviceUrl: binding.serviceUrl,
    tenantId: binding.tenantId,
    channelId: binding.channelId,
    ...ids,
    resent,
  });

  return async (entry, { callbackId }, context) => {
    const callback = await deps.store.callbacks.getCallback(callbackId);
    if (!callback) return { skipped: 'callback gone' };
    const posted = await deps.store.cardPosts.cardPostsOf(callback.id);
    if (posted.length > 0) return { skipped: 'already posted', activityId: posted[0]!.activityId };
    const known = unrecorded.get(callback.id);
    if (known) return record(known, context.signal);
    const binding = await deps.store.channels.bindingFor(callback.centerCode);
    if (!binding) throw new NotYetDeliverable(`no channel bound for ${callback.centerCode}`);

    let resent = false;
    let earlierAbsent = false;
    if (entry.inFlightSince) {
      const earlier = await deps.findEarlierPost({
        callbackId: callback.id,
        binding,
        since: entry.inFlightSince,
        signal: context.signal,
      });
      switch (earlier.kind) {
        case 'wait':
          throw new NotYetDeliverable('an earlier post may still be landing', earlier.ms / 1000);
        case 'found': {
          const { activityId } = earlier;
          const conversationId = `${binding.channelId};messageid=${activityId}`;
          deps.logger.info('callback.post_found', { reference: callback.reference, activityId });
          return record(postOf(callback, binding, { conversationId, activityId }, false), context.signal);
        }
        case 'absent':
          earlierAbsent = true;
          break;
        case 'unknown':
          resent = true;
          deps.logger.warn('callback.post_resent', { reference: callback.reference, reason: earlier.reason });
      }
    }

    const card = await channelCardFor(deps, callback, resent ? { resent } : {});
    const ids = await deps.sender.createThread({
      signal: context.signal,
      beforeSend: () => context.markInFlight({ earlierAbsent }),
      serviceUrl: binding.serviceUrl,
      tenantId: binding.tenantId,
      channelId: binding.channelId,
      activity: alertingActivity(
        card,
        `${callback.reference}: ${callback.topic}`,
        binding.mention ?? undefined,
      ),
    });
    deps.logger.info('callback.posted', {
      reference: callback.reference,
      center: callback.centerCode,
      activityId: ids.activityId,
      resent,
    });
    return record(postOf(callback, binding, ids, resent), context.signal);
  };
};
