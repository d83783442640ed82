import type { AdminChange } from '../admin-log/admin-log-store';
import { dedupeKeys, outboxMessage, type BindingNoticeTarget } from '../outbox/outbox-messages';
import type { OutboxDraft } from '../outbox/outbox-store';

/**
 * Who is told of a binding change, as outbox entries written with the change itself: the channel
 * the center left (its members must know new callbacks no longer come there), and the
 * coordinators' channel (they watch who moves what). The payload names the logged change; the
 * texts are made from it when delivered.
 */

export function bindingNotices(
  change: AdminChange,
  options: { coordinatorsBound: boolean; coordinatorCode: string },
): OutboxDraft[] {
  const draft = (to: BindingNoticeTarget): OutboxDraft =>
    outboxMessage(
      'binding_notice',
      { changeId: change.id, to },
      { callbackId: null, dedupeKey: dedupeKeys.bindingNotice(change.id, to), nextAttemptAt: change.at },
    );
  const { from, to } = change.details;
  const left = from !== null && from.channelId !== to?.channelId;
  const coordinators = options.coordinatorsBound && change.centerCode !== options.coordinatorCode;
  return [...(left ? [draft('previous')] : []), ...(coordinators ? [draft('coordinators')] : [])];
}
