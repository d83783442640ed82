import { trialKey } from './analyzer';
import { isStopWord } from './stop-words';
import type { Vocabulary } from './vocabulary';

const minPart = 3;
const maxDepth = 3;
const minHead = 5;

/**
 * Splits Danish compounds into words the vocabulary knows: "affaldsspand" → affald + spand,
 * "hjemmehjælp" → hjemme + hjælp, allowing the linking -s- and -e- ("sundheds|pleje"). Among the
 * possible splits the one with the fewest parts wins, then the one whose parts occur in guides (not
 * only in the lexicon), then the longest last part: "sundhedsplejerske" is sundhed + plejerske, not
 * sundhed + pleje + r + ske, and "skolebuskort" is skolebus + kort.
 */
export class Decompounder {
  private readonly cache = new Map<string, string[] | null>();

  constructor(private readonly vocabulary: Vocabulary) {}

  /** Index terms of the parts of a word in skeleton form, or null when it is no known compound. */
  split(skel: string): string[] | null {
    return this.best(skel, 0);
  }

  /**
   * The longest last part the guides use, when the first part is unknown ("senhjerneskade",
   * "ladepunkt"): a compound's last part says what kind of thing it is.
   */
  head(skel: string): string | null {
    for (let i = minPart; i <= skel.length - minHead; i++) {
      const head = skel.slice(i);
      const key = this.keyOf(head);
      if (this.vocabulary.frequency(key) > 0 && !isStopWord(head)) return key;
    }
    return null;
  }

  /**
   * A part's index term: the key of the word whose skeleton it is, since a skeleton is no word to
   * stem ("beboelse" is "bebolse" as a skeleton, which stems to another key than "beboelse" does).
   */
  private keyOf(skel: string): string {
    return this.vocabulary.keyOfSurface(skel) ?? trialKey(skel);
  }

  private best(skel: string, depth: number): string[] | null {
    const cacheKey = `${depth}:${skel}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    let best: string[] | null = null;
    for (let i = minPart; i <= skel.length - minPart; i++) {
      const head = skel.slice(i);
      const headKey = this.keyOf(head);
      if (!this.vocabulary.hasKey(headKey) || isStopWord(head)) continue;
      const modifier = this.modifierParts(skel.slice(0, i), depth);
      if (modifier && (!best || this.better([...modifier, headKey], best))) best = [...modifier, headKey];
    }
    this.cache.set(cacheKey, best);
    return best;
  }

  /** Ties keep the earlier candidate, which has the longer last part. */
  private better(candidate: string[], current: string[]): boolean {
    if (candidate.length !== current.length) return candidate.length < current.length;
    const inGuides = (parts: string[]) => parts.filter((p) => this.vocabulary.frequency(p) > 0).length;
    return inGuides(candidate) > inGuides(current);
  }

  private modifierParts(modifier: string, depth: number): string[] | null {
    for (const candidate of [modifier, ...linkingStripped(modifier)]) {
      if (candidate.length >= minPart && this.vocabulary.isWordOrStem(candidate) && !isStopWord(candidate)) {
        return [this.keyOf(candidate)];
      }
    }
    // "hundeluftområde": a verb's stem as first part stands for its verbal noun (hundeluftning).
    for (const candidate of [modifier, ...linkingStripped(modifier)]) {
      for (const suffix of ['ning', 'ing']) {
        const key = trialKey(candidate + suffix);
        if (candidate.length >= minPart && this.vocabulary.frequency(key) > 0) return [key];
      }
    }
    return depth + 1 < maxDepth && modifier.length >= 2 * minPart ? this.best(modifier, depth + 1) : null;
  }
}

function linkingStripped(modifier: string): string[] {
  return modifier.endsWith('s') || modifier.endsWith('e') ? [modifier.slice(0, -1)] : [];
}
