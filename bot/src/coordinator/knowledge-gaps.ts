import { copenhagenDate } from '../centers/copenhagen-time';
import type { Period } from './stats-store';
import { localClockFor, statsRangeOf } from './local-calendar';
import { catchUpStatistics } from './measure-durations';
import { guideRates } from './overview';
import { defaultPeriod } from './period';
import type { StatsDeps, Viewer } from './stats-deps';
import { isStale, staleOrder } from './stale-guides';
import { centersInScope } from './viewer-scope';

export interface KnowledgeGaps {
  unanswered: { query: string; count: number }[];
  mostUsed: { guideId: string; title: string; count: number }[];
  leadingToCallback: { guideId: string; title: string; callbacks: number; share: number }[];
  stale: { guideId: string; title: string; centerCode: string; updated: string | null }[];
}

const listLength = 20;
/**
 * A failed search is shown to coordinators only once this many different agents typed it on this
 * many different days (decision 0021): a query about one citizen rarely passes, a gap does.
 */
export const unansweredRule = { minAgents: 2, minDays: 2 } as const;
/** Below this many uses a share says little (1 of 1 is 100 %). */
export const minUsesForShare = 5;

/**
 * Where the knowledge falls short: searches that found nothing (normalized, no personal data, only
 * those typed by several agents on several days),
 * the guides inquiries are settled or booked with most, guides that often end in a callback
 * rather than an answer, and guides nobody has reviewed for a year.
 */
export async function knowledgeGaps(
  deps: StatsDeps,
  viewer: Viewer,
  request: { period?: Period } = {},
): Promise<KnowledgeGaps> {
  const now = deps.now();
  const period = request.period ?? defaultPeriod(now);
  const codes = centersInScope(viewer, deps.centers()).map((c) => c.code);
  await catchUpStatistics(deps);
  const [unanswered, perGuide] = await Promise.all([
    deps.stats.unansweredSearches(period, {
      ...unansweredRule,
      limit: listLength,
      clock: localClockFor(period),
    }),
    deps.stats.countsPerGuide(statsRangeOf(period), codes),
  ]);
  const rates = guideRates(deps, perGuide.callbacks, perGuide.solvedOnCall);
  const today = copenhagenDate(now);
  return {
    unanswered,
    // "Used": an inquiry settled on the call with the guide, or a callback booked from it.
    mostUsed: rates
      .map((r) => ({ guideId: r.guideId, title: r.title, count: r.solvedOnCall + r.callbacks }))
      .slice(0, listLength),
    leadingToCallback: rates
      .filter((r) => r.callbacks > 0 && r.callbacks + r.solvedOnCall >= minUsesForShare)
      .map((r) => ({
        guideId: r.guideId,
        title: r.title,
        callbacks: r.callbacks,
        share: r.callbacks / (r.callbacks + r.solvedOnCall),
      }))
      .sort((a, b) => b.share - a.share || b.callbacks - a.callbacks || a.guideId.localeCompare(b.guideId))
      .slice(0, listLength),
    stale: deps
      .catalog()
      .all()
      .filter((g) => codes.includes(g.center) && isStale(g, today))
      .sort(staleOrder)
      .map((g) => ({ guideId: g.id, title: g.title, centerCode: g.center, updated: g.updated })),
  };
}
