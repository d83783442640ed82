import { bindingChangedText, bindingMovedAwayText } from '../../cards/binding-notices';
import { coordinatorCode } from '../../centers/bind-channel';
import type { DeliverMessage } from '../../outbox/outbox-messages';
import type { DeliveryDeps } from './delivery-deps';

/**
 * Tells of a binding change, as a new thread: in the channel the center left (its address is in
 * the logged change, since that channel is no longer bound), or in the coordinators' channel as
 * bound when the notice is delivered.
 */
export const deliverBindingNotice =
  (deps: DeliveryDeps): DeliverMessage<'binding_notice'> =>
  async (_entry, { changeId, to }, context) => {
    const change = await deps.store.adminLog.adminChange(changeId);
    if (!change) return { skipped: 'change no longer logged' };
    if (to === 'previous') {
      const left = change.details.from;
      if (!left) return { skipped: 'no previous channel' };
      return deps.sender.createThread({
        signal: context.signal,
        serviceUrl: left.serviceUrl,
        tenantId: left.tenantId,
        channelId: left.channelId,
        activity: { type: 'message', text: bindingMovedAwayText(change) },
      });
    }
    const coordinators = await deps.store.channels.bindingFor(coordinatorCode);
    if (!coordinators) return { skipped: 'no coordinators channel bound' };
    if (coordinators.channelId === change.details.from?.channelId)
      return { skipped: 'told as the old channel' };
    return deps.sender.createThread({
      signal: context.signal,
      serviceUrl: coordinators.serviceUrl,
      tenantId: coordinators.tenantId,
      channelId: coordinators.channelId,
      activity: { type: 'message', text: bindingChangedText(change) },
    });
  };
