import type { Callback } from '../callbacks/callback';
import type { Center } from '../centers/center';
import { callbackCardMessages } from '../texts/callback-cards';
import { callbackMessages } from '../texts/callbacks';
import { formatDateTime } from '../texts/format';

/**
 * Plain-text messages about a callback. They go to chats and threads that outlive retention,
 * so none of them carries the citizen's data.
 */
const n = callbackCardMessages.notice;
const ch = callbackCardMessages.channel;

/** To the agent who booked it, when it is closed. */
export function callbackClosedText(callback: Callback): string {
  const outcome = callback.outcome
    ? callbackMessages.outcome[callback.outcome]
    : callbackMessages.status.closed;
  return n.closed(callback.reference, callback.topic, outcome);
}

/** To the agent who booked it, when staff moved it to another center (a new reference). */
export function callbackMovedText(callback: Callback, toCenterCode: string, newReference: string): string {
  return n.moved(callback.reference, callback.topic, toCenterCode, newReference);
}

/** A reply in the callback's thread when nobody has claimed it close to the deadline. */
export function callbackReminderText(callback: Callback): string {
  return n.reminder(callback.reference, formatDateTime(callback.deadline));
}

/** To the coordinators when the deadline has passed. */
export function callbackEscalationText(callback: Callback): string {
  const status =
    callback.status === 'claimed' && callback.holder
      ? n.claimedBy(callback.holder.name)
      : callbackMessages.status[callback.status];
  return n.escalation(
    callback.reference,
    callback.topic,
    callback.centerCode,
    formatDateTime(callback.deadline),
    status,
  );
}

/** The answer to "tilknyt <CENTER>" in a channel; mentions the previous channel when it moved. */
export function channelBoundText(
  center: Pick<Center, 'code' | 'name'>,
  opts: { previousChannelName?: string | null; rebound?: boolean; pendingCount?: number } = {},
): string {
  const lines = [ch.bound(center.code, center.name)];
  if (opts.rebound) lines.push(ch.rebound(center.code, opts.previousChannelName || ch.previousUnknown));
  if (opts.pendingCount) lines.push(ch.pending(opts.pendingCount));
  return lines.join('\n\n');
}

export const channelAlreadyBoundText = (centerCode: string): string => ch.alreadyBound(centerCode);
export const channelNotBoundText = (botName: string): string => ch.notBound(botName);
export const channelUnknownCenterText = (code: string, centers: readonly Pick<Center, 'code'>[]): string =>
  ch.unknownCenter(
    code,
    centers.map((x) => x.code),
  );
