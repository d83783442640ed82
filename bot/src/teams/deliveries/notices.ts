import {
  callbackClosedText,
  callbackEscalationText,
  callbackReminderText,
} from '../../cards/callback-notices';
import { coordinatorCode } from '../../centers/bind-channel';
import type { DeliverMessage } from '../../outbox/outbox-messages';
import { deliveryMessages } from '../../texts/delivery';
import { NotYetDeliverable, type DeliveryDeps } from './delivery-deps';

/** Tells the agent who booked it that their callback is closed, in their 1:1 chat with the bot. */
export const deliverAgentNotice =
  (deps: DeliveryDeps): DeliverMessage<'notify_agent'> =>
  async (_entry, { callbackId }, context) => {
    const callback = await deps.store.callbacks.getCallback(callbackId);
    if (!callback) return { skipped: 'callback gone' };
    const user = await deps.store.users.userConversation(callback.bookedBy.id);
    if (!user) return { skipped: 'agent unknown to the bot' };
    // The topic was typed by an agent: plain text, so Teams shows it as written (decision 0022).
    const activity = { type: 'message', text: callbackClosedText(callback), textFormat: 'plain' };
    if (user.conversationId) {
      const { activityId } = await deps.sender.reply({
        signal: context.signal,
        serviceUrl: user.serviceUrl,
        conversationId: user.conversationId,
        activity,
      });
      return { activityId };
    }
    return deps.sender.sendToUser({
      signal: context.signal,
      serviceUrl: user.serviceUrl,
      tenantId: user.tenantId,
      teamsUserId: user.teamsUserId,
      activity,
    });
  };

/** A reply in the callback's thread when nobody has claimed it shortly before the deadline. */
export const deliverReminder =
  (deps: DeliveryDeps): DeliverMessage<'reminder'> =>
  async (_entry, { callbackId }, context) => {
    const callback = await deps.store.callbacks.getCallback(callbackId);
    if (!callback || callback.status !== 'open') return { skipped: 'no longer unclaimed' };
    const post = (await deps.store.cardPosts.cardPostsOf(callback.id)).at(-1);
    if (!post) throw new NotYetDeliverable('card not posted yet');
    const { activityId } = await deps.sender.reply({
      signal: context.signal,
      serviceUrl: post.serviceUrl,
      conversationId: post.conversationId,
      activity: { type: 'message', text: callbackReminderText(callback) },
    });
    deps.logger.info('callback.reminded', { reference: callback.reference });
    return { activityId };
  };

/** A new thread in the coordinators' channel, or NotYetDeliverable until one is bound. */
async function toCoordinators(deps: DeliveryDeps, signal: AbortSignal, text: string) {
  const binding = await deps.store.channels.bindingFor(coordinatorCode);
  if (!binding) throw new NotYetDeliverable('no coordinators channel bound');
  return deps.sender.createThread({
    signal,
    serviceUrl: binding.serviceUrl,
    tenantId: binding.tenantId,
    channelId: binding.channelId,
    // Typed text (a topic) is part of it: shown as text, never as Markdown (decision 0022).
    activity: { type: 'message', text, textFormat: 'plain' },
  });
}

/** An overdue callback, posted as a new thread in the coordinators' channel. */
export const deliverEscalation =
  (deps: DeliveryDeps): DeliverMessage<'escalation'> =>
  async (_entry, { callbackId }, context) => {
    const callback = await deps.store.callbacks.getCallback(callbackId);
    if (!callback || (callback.status !== 'open' && callback.status !== 'claimed'))
      return { skipped: 'settled' };
    const result = await toCoordinators(deps, context.signal, callbackEscalationText(callback));
    deps.logger.warn('callback.escalated', { reference: callback.reference, center: callback.centerCode });
    return result;
  };

/** A center's channel cannot be reached any more: the coordinators are told what to do. */
export const deliverUndeliverableNotice =
  (deps: DeliveryDeps): DeliverMessage<'undeliverable_notice'> =>
  async (_entry, { centerCode, reason }, context) => {
    const text = deliveryMessages.undeliverable(centerCode, reason, deps.botName);
    const result = await toCoordinators(deps, context.signal, text);
    deps.logger.warn('outbox.undeliverable_reported', { center: centerCode, reason });
    return result;
  };
