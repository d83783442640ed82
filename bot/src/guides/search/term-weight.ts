/**
 * A guide's weight for one term, packed in one number so that ranking needs one lookup per
 * posting: the BM25 saturated term frequency (0 < s ≤ k1 + 1), plus `prominentFlag` when the term
 * occurs where the guide states its topic (title, keywords, id or short answer).
 */
const k1 = 1.2;
const prominentFlag = 16;

export function termWeight(weightedTf: number, prominent: boolean): number {
  const saturation = (weightedTf * (k1 + 1)) / (k1 + weightedTf);
  return saturation + (prominent ? prominentFlag : 0);
}

export const saturationOf = (weight: number): number =>
  weight >= prominentFlag ? weight - prominentFlag : weight;
export const isProminent = (weight: number): boolean => weight >= prominentFlag;
