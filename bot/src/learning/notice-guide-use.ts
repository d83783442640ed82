import { chatKeyOf } from './chat-key';
import type { GuideUse } from './keyword-learning';
import type { LearningDeps } from './notice-search';
import { pairingWindowMs, pairsForUse } from './pairing-rule';

/**
 * An agent used a guide (opened it, "Løst på opkaldet", or booked a callback from it): pair it
 * with the searches in the same chat that did not show it (pairing-rule.ts). Returns the pairs made.
 */
export async function noticeGuideUse(
  deps: LearningDeps,
  use: { userId: string; conversationId: string; guideId: string; use: GuideUse },
): Promise<number> {
  const at = deps.now();
  const chat = chatKeyOf(use.conversationId);
  const searches = await deps.learning.openSearches(
    use.userId,
    chat,
    new Date(at.getTime() - pairingWindowMs),
  );
  const pairs = pairsForUse(searches, { at, userId: use.userId, chat, guideId: use.guideId, use: use.use });
  await deps.learning.recordUse(pairs, { userId: use.userId, chat, upTo: at });
  return pairs.length;
}
