/**
 * A guide's weight for one term, packed in one number so that ranking needs one lookup per
 * posting: the BM25 saturated term frequency (0 < s ≤ k1 + 1), plus `prominentFlag` when the term
 * occurs where the guide states its topic (title, keywords, id or short answer), plus `namedFlag`
 * when it is among the words the guide is named by (title, keywords, id: not the short answer,
 * which also speaks of neighbouring matters).
 */
const k1 = 1.2;
const prominentFlag = 16;
const namedFlag = 32;

export type TermPlace = 'named' | 'prominent' | 'body';

export function termWeight(weightedTf: number, place: TermPlace): number {
  const saturation = (weightedTf * (k1 + 1)) / (k1 + weightedTf);
  return saturation + (place === 'body' ? 0 : prominentFlag) + (place === 'named' ? namedFlag : 0);
}

export const saturationOf = (weight: number): number => weight % prominentFlag;
export const isProminent = (weight: number): boolean => weight >= prominentFlag;
export const isNamed = (weight: number): boolean => weight >= namedFlag;
