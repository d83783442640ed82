/** How many guides one answer shows: enough to choose from mid-call, few enough to scan. */
export const maxShown = 3;
/**
 * A further guide must score at least this share of the best one. Below it, it is a neighbour that
 * shares a word or two with the question, and mid-call an agent reads every guide on the card.
 */
const minShareOfBest = 0.7;

export interface RankedHit {
  /** Relative to the best hit, as `GuideIndex.search` returns it (the best hit's is its confidence). */
  score: number;
  /** The hit's own confidence as an answer, 0 when the abstention rule would not give it alone. */
  confidence: number;
}

/**
 * The hits the bot's results card shows, best first; `kb search --shown` prints the same. The best
 * hit is shown whenever the search gives one (the search has already decided that there is an
 * answer); a further one only when it is a plausible answer on its own: the abstention rule would
 * give it alone, and it scores close to the best.
 */
export function shownHits<H extends RankedHit>(hits: readonly H[]): H[] {
  const [best, ...rest] = hits;
  if (!best) return [];
  const plausible = (h: H) => h.score >= minShareOfBest * best.score && h.confidence > 0;
  return [best, ...rest.slice(0, maxShown - 1).filter(plausible)];
}
