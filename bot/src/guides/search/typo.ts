import { DistanceRows } from '../../shared/edit-distance';
import { lettersOf, type Vocabulary } from './vocabulary';

/**
 * Edits allowed for a word of this length. Three letters get none: "bil" is one edit away from too
 * many words for a correction to be a good guess. Corrections are only tried for unknown words.
 */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  return length <= 7 ? 1 : 2;
}

export interface Correction {
  skel: string;
  distance: number;
}

/**
 * Known words closest to a misspelt one (skeleton forms), only at the smallest distance found,
 * most frequent first. Empty when nothing is close enough.
 */
export function correct(skel: string, vocabulary: Vocabulary, limit = 3): Correction[] {
  const max = allowedEdits(skel.length);
  if (max === 0) return [];
  let best = max + 1;
  let found: string[] = [];
  const rows = new DistanceRows(skel.length + max + 1);
  const letters = lettersOf(skel);
  for (const { words, letters: theirs } of vocabulary.typoCandidates(skel, max)) {
    for (let i = 0; i < words.length; i++) {
      if (bitCount(letters ^ theirs[i]!) > 2 * Math.min(best, max)) continue;
      const candidate = words[i]!;
      if (found.includes(candidate)) continue;
      const d = rows.distance(skel, candidate, Math.min(best, max));
      if (d < best) {
        best = d;
        found = [candidate];
      } else if (d === best) found.push(candidate);
    }
  }
  // Doubled letters are the commonest Danish misspelling ("terase", "adrese"), and a writer unsure
  // of them misses them all: however many, they count as one edit.
  const doubled = vocabulary.sameButDoubled(skel);
  if (doubled.length > 0 && best > 1) {
    best = 1;
    found = doubled;
  }
  if (best > max) return [];
  const frequency = (s: string) => vocabulary.frequency(vocabulary.keyOfSurface(s) ?? '');
  return found
    .sort((a, b) => frequency(b) - frequency(a) || (a < b ? -1 : 1))
    .slice(0, limit)
    .map((s) => ({ skel: s, distance: best }));
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v !== 0; v &= v - 1) count++;
  return count;
}
