import { coordinatorCode } from '../centers/bind-channel';
import { undeliverableReason } from '../texts/delivery';
import { dedupeKeys, outboxMessage, type OutboxKind } from '../outbox/outbox-messages';
import type { OutboxEntry } from '../outbox/outbox-store';
import type { CallbackStores } from './callback-deps';

/** Outbox entries that go to a center's own channel: when they die, the channel is the problem. */
const centerChannelKinds: readonly OutboxKind[] = ['post_callback', 'update_card', 'reminder'];
/** Entries that go to the coordinators' channel. */
const coordinatorChannelKinds: readonly OutboxKind[] = ['escalation', 'undeliverable_notice'];

/**
 * A post to a center's channel that can never succeed (Teams answered 403 BotNotInConversationRoster,
 * 404, 400...): the entry is dead, and the coordinators are told in their channel, once per
 * center, reason and binding of the channel, rather than once per callback (decision 0034).
 */
export function reportUndeliverable(deps: {
  store: Pick<CallbackStores, 'callbacks' | 'channels' | 'outbox'>;
  now: () => Date;
  outboxChanged: () => void;
}) {
  return async (entry: OutboxEntry, failure: { status?: number; code?: string }): Promise<void> => {
    if (!(centerChannelKinds as readonly string[]).includes(entry.kind) || !entry.callbackId) return;
    const callback = await deps.store.callbacks.getCallback(entry.callbackId);
    if (!callback) return;
    const centerCode = callback.centerCode;
    const binding = await deps.store.channels.bindingFor(centerCode);
    const reason = undeliverableReason(failure);
    const queued = await deps.store.outbox.enqueue(
      outboxMessage(
        'undeliverable_notice',
        { centerCode, reason },
        {
          callbackId: callback.id,
          dedupeKey: dedupeKeys.undeliverableNotice(centerCode, binding?.at.getTime() ?? 0, reason),
          nextAttemptAt: deps.now(),
        },
      ),
    );
    if (queued) deps.outboxChanged();
  };
}

/** After `tilknyt`: what died because the channel could not be reached is due again. */
export async function reviveUndelivered(
  deps: { store: Pick<CallbackStores, 'outbox'>; now: () => Date },
  centerCode: string,
): Promise<number> {
  return centerCode === coordinatorCode
    ? deps.store.outbox.reviveDead(null, coordinatorChannelKinds, deps.now())
    : deps.store.outbox.reviveDead(centerCode, centerChannelKinds, deps.now());
}
