import { surfaceKey, termKey } from './analyzer';

/**
 * Every word the guides (and the synonym lexicon) use, in the forms query repair needs: index
 * terms for exact and prefix matches, surface skeletons for typo correction and compound parts.
 */
export class Vocabulary {
  private readonly keys = new Map<string, number>();
  private readonly surfaces = new Map<string, string>();
  /** Surface skeletons by their form with doubled letters written once ("terrasse" → "terase"). */
  private readonly undoubled = new Map<string, string[]>();
  private sortedKeys: string[] = [];
  /** Typo candidates, bucketed by a letter (first or second) and length. */
  private byFirstLetter = new Map<string, Bucket[]>();
  private bySecondLetter = new Map<string, Bucket[]>();

  /** Registers a deaccented word seen `count` times. */
  add(surface: string, count = 1): void {
    const key = termKey(surface);
    this.keys.set(key, (this.keys.get(key) ?? 0) + count);
    const skel = surfaceKey(surface);
    if (!this.surfaces.has(skel)) this.surfaces.set(skel, key);
  }

  /** Call once after the last `add`; builds the lookup structures. */
  freeze(): this {
    this.sortedKeys = [...this.keys.keys()].sort();
    const put = (
      buckets: Map<string, Bucket[]>,
      letter: string | undefined,
      skel: string,
      letters: number,
    ) => {
      if (letter === undefined) return;
      const byLength = buckets.get(letter) ?? [];
      const bucket = (byLength[skel.length] ??= { words: [], letters: [] });
      bucket.words.push(skel);
      bucket.letters.push(letters);
      buckets.set(letter, byLength);
    };
    for (const skel of [...this.surfaces.keys()].sort()) {
      const single = undoubledForm(skel);
      const same = this.undoubled.get(single);
      if (same) same.push(skel);
      else this.undoubled.set(single, [skel]);
      const letters = lettersOf(skel);
      put(this.byFirstLetter, skel[0], skel, letters);
      put(this.bySecondLetter, skel[1], skel, letters);
    }
    return this;
  }

  hasKey = (key: string): boolean => this.keys.has(key);
  frequency = (key: string): number => this.keys.get(key) ?? 0;
  keyOfSurface = (skel: string): string | undefined => this.surfaces.get(skel);
  /** A known word or stem, usable as the first part of a compound. */
  isWordOrStem = (skel: string): boolean => this.surfaces.has(skel) || this.keys.has(skel);

  /** Surface skeletons that differ from `skel` only in which letters are doubled. */
  sameButDoubled(skel: string): string[] {
    return (this.undoubled.get(undoubledForm(skel)) ?? []).filter((s) => s !== skel);
  }

  /** Index terms that start with `key` and are longer, most frequent first. */
  withPrefix(key: string, limit: number): string[] {
    const found: string[] = [];
    let lo = 0;
    let hi = this.sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedKeys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sortedKeys.length && this.sortedKeys[i]!.startsWith(key); i++) {
      if (this.sortedKeys[i] !== key) found.push(this.sortedKeys[i]!);
    }
    return found.sort((a, b) => this.frequency(b) - this.frequency(a) || (a < b ? -1 : 1)).slice(0, limit);
  }

  /**
   * Surface skeletons that could be `skel` misspelt by at most `spread` edits: similar length, and
   * sharing the first letter, or with the first two letters swapped, or one letter added or lost at
   * the start. (A wrong first letter is rare in typing and would make the search slow.)
   */
  typoCandidates(skel: string, spread: number): Bucket[] {
    const lists: Bucket[] = [];
    const from = (buckets: Map<string, Bucket[]>, letter: string | undefined) => {
      const byLength = letter === undefined ? undefined : buckets.get(letter);
      if (!byLength) return;
      for (let n = Math.max(1, skel.length - spread); n <= skel.length + spread; n++) {
        const list = byLength[n];
        if (list) lists.push(list);
      }
    };
    from(this.byFirstLetter, skel[0]);
    if (skel[1] !== skel[0]) from(this.byFirstLetter, skel[1]);
    from(this.bySecondLetter, skel[0]);
    return lists;
  }
}

const undoubledForm = (skel: string): string => skel.replace(/(.)\1+/g, '$1');

/** Candidates of one length, with the letters each contains (see `lettersOf`). */
export interface Bucket {
  words: string[];
  letters: number[];
}

/**
 * Which letters a word contains, one bit each. One edit changes at most two bits (a substitution
 * drops one letter and adds another), so words whose bits differ in more than twice the allowed
 * edits can be passed over without working out their distance: most of a large vocabulary.
 */
export function lettersOf(skel: string): number {
  let bits = 0;
  for (let i = 0; i < skel.length; i++) {
    const c = skel.charCodeAt(i);
    bits |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return bits;
}
