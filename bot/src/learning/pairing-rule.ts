import type { GuideUse, KeywordPair, RecentSearch } from './keyword-learning';

/** "Within a few minutes": an agent reformulates or looks a guide up while still on the call. */
export const pairingWindowMs = 5 * 60 * 1000;

/**
 * The pairs one use of a guide makes: every open search by the same agent in the same chat within
 * the window before it whose card did not show that guide — the search found nothing useful and
 * the agent found the guide another way (another search, `vis`, a colleague). A search that
 * showed the guide needed no help. `recent` holds only searches no earlier use has closed: a use
 * ends the inquiry, so each search pairs at most once.
 */
export function pairsForUse(
  recent: readonly RecentSearch[],
  use: { at: Date; userId: string; chat: string; guideId: string; use: GuideUse },
): KeywordPair[] {
  const from = use.at.getTime() - pairingWindowMs;
  return recent
    .filter((s) => s.userId === use.userId && s.chat === use.chat)
    .filter((s) => s.at.getTime() >= from && s.at.getTime() <= use.at.getTime())
    .filter((s) => s.words !== '' && !s.shown.includes(use.guideId))
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((s) => ({
      searchId: s.id,
      at: use.at,
      userId: use.userId,
      words: s.words,
      guideId: use.guideId,
      use: use.use,
    }));
}
