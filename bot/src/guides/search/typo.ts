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

/**
 * Optimal-string-alignment distance (Levenshtein plus swapped neighbours, "borgerforsalg"), giving
 * up with max + 1 as soon as every cell of a row exceeds `max`. Rows are reused between calls.
 */
class DistanceRows {
  private prevPrev: Int32Array;
  private prev: Int32Array;
  private row: Int32Array;

  constructor(size: number) {
    this.prevPrev = new Int32Array(size);
    this.prev = new Int32Array(size);
    this.row = new Int32Array(size);
  }

  distance(a: string, b: string, max: number): number {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    if (b.length + 1 > this.row.length) return boundedDistance(a, b, max);
    for (let j = 0; j <= b.length; j++) this.prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
      const row = this.row;
      row[0] = i;
      let rowMin = i;
      for (let j = 1; j <= b.length; j++) {
        const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        let d = Math.min(this.prev[j]! + 1, row[j - 1]! + 1, this.prev[j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d = Math.min(d, this.prevPrev[j - 2]! + 1);
        row[j] = d;
        if (d < rowMin) rowMin = d;
      }
      if (rowMin > max) return max + 1;
      [this.prevPrev, this.prev, this.row] = [this.prev, this.row, this.prevPrev];
    }
    return Math.min(this.prev[b.length]!, max + 1);
  }
}

/** The same distance for one pair of words (see DistanceRows). */
export function boundedDistance(a: string, b: string, max: number): number {
  return new DistanceRows(Math.max(a.length, b.length) + 1).distance(a, b, max);
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v !== 0; v &= v - 1) count++;
  return count;
}
