/** How many guides one answer shows: enough to choose from mid-call, few enough to scan. */
export const maxShown = 3;
/**
 * Scores are relative to the best hit. A guide far below it is rarely what the caller meant and
 * costs the agent reading time mid-call, so it is left out of the card (the CLI shows all).
 */
const minScore = 0.3;

/** The hits the bot's results card shows, best first; `kb search --shown` prints the same. */
export function shownHits<H extends { score: number }>(hits: readonly H[]): H[] {
  return hits.slice(0, maxShown).filter((h) => h.score >= minScore);
}
