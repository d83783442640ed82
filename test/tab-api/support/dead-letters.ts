import type { Store } from '../../../bot/src/storage/store';
import { draft, newCallback } from '../../storage/fixtures';

/**
 * A card for a new callback of `centerCode`, given up on with Teams' answer `error`, as the
 * dispatcher leaves it. Due a day after `now`, so that the app's own dispatcher (its clock stopped
 * at `now`) never takes it; only this seeding does.
 */
export async function seedDeadCard(
  store: Store,
  now: Date,
  centerCode: string,
  error: string,
): Promise<string> {
  const later = new Date(now.getTime() + 86_400_000);
  const fresh = { centerCode, bookedAt: now, deadline: new Date(later.getTime() + 7 * 86_400_000) };
  const { callback } = await store.callbacks.bookCallback(newCallback(fresh), (c) =>
    draft(`post:${c.id}`, later, { payload: { callbackId: c.id }, callbackId: c.id }),
  );
  const [entry] = await store.outbox.leaseDue('seed', later, 60_000, 1);
  await store.outbox.markDead(entry!.id, 'seed', error);
  return callback.reference;
}

export const rosterRefusal =
  '403 BotNotInConversationRoster: The bot is not part of the conversation roster.';
export const channelGone = '404 ConversationNotFound: Conversation not found.';
