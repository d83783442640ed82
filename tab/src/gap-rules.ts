/**
 * The minimum counts behind the knowledge-gap page, as the server applies them (decision 0021
 * for searches; a share of callbacks needs a few uses to mean anything). The tab explains them
 * instead of showing an empty list without a reason; test/tab-ui/gap-rules.test.ts checks that
 * they equal the server's.
 */
export const gapRules = {
  /** A search that found nothing is shown once this many different agents typed it … */
  minAgents: 2,
  /** … on this many different days. */
  minDays: 2,
  /** A guide's share of callbacks is shown from this many uses in the period. */
  minUsesForShare: 5,
} as const;
