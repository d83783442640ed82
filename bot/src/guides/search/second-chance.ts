/**
 * When the best-scoring guide is no answer on its own, a guide a little further down may be: the
 * best one scored on a single word it is about ("baby" → the health visitor), while the other
 * covers the whole question ("pas til baby" → passports for children). Only a few places down,
 * only one scoring at least half the best, and only one that clearly answers (its own confidence
 * above `minConfidence`, where the first place needs only more than 0): at the rule's margin a
 * further candidate is more often an unanswerable question's near miss than an answer.
 */
export const secondChance = { depth: 5, minShareOfBest: 0.5, minConfidence: 0.8 };

export interface Candidate {
  doc: number;
  raw: number;
}

/**
 * The candidates with the answer first and its confidence, or null when none is an answer.
 * `confidenceOf` judges one guide alone (confidence.ts); candidates come best first.
 */
export function chooseAnswer<C extends Candidate>(
  candidates: readonly C[],
  confidenceOf: (doc: number) => number,
): { ranked: C[]; confidence: number } | null {
  const [first] = candidates;
  if (!first) return null;
  const confidence = confidenceOf(first.doc);
  if (confidence > 0) return { ranked: [...candidates], confidence };
  for (const c of candidates.slice(1, secondChance.depth)) {
    if (c.raw < secondChance.minShareOfBest * first.raw) break;
    const own = confidenceOf(c.doc);
    if (own > secondChance.minConfidence)
      return { ranked: [c, ...candidates.filter((x) => x !== c)], confidence: own };
  }
  return null;
}
