import { randomUUID } from 'node:crypto';
import { normalizeQueryForStatistics } from '../inquiries/record-search';
import { chatKeyOf } from './chat-key';
import type { LearningStore } from './learning-store';

export interface LearningDeps {
  learning: LearningStore;
  now: () => Date;
}

/**
 * Remembers for a few minutes what a search showed, so a guide the agent then uses another way
 * can be paired with the words that did not find it. The words are kept as the statistics keep
 * them: digits that could be a phone or CPR number masked (decision 0021).
 */
export async function noticeSearch(
  deps: LearningDeps,
  search: { userId: string; conversationId: string; query: string; shown: readonly string[] },
): Promise<void> {
  const words = normalizeQueryForStatistics(search.query);
  if (!words) return;
  await deps.learning.recordSearch({
    id: randomUUID(),
    at: deps.now(),
    userId: search.userId,
    chat: chatKeyOf(search.conversationId),
    words,
    shown: [...search.shown],
  });
}
