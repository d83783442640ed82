import { stemDanish } from './danish-stemmer';
import { skeleton, splitWords } from './normalize';
import { isStopWord } from './stop-words';

/** One word of a text as search sees it: hyphenated words are joined ("p-plads" → "pplads"). */
export interface Word {
  /** Deaccented surface form, hyphens removed. */
  surface: string;
  /** The hyphen-separated parts when the word had hyphens, else empty. */
  hyphenParts: string[];
  stop: boolean;
}

const keyCache = new Map<string, string>();
const cacheLimit = 100_000;

/** The index term of a deaccented word: its Snowball stem in skeleton form. */
export function termKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = skeleton(stemDanish(word));
    if (keyCache.size >= cacheLimit) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

/**
 * The index term of a string that is mostly no word at all: a slice of a compound, two typed words
 * joined on trial. Not cached: the first searches after a start would fill the cache with such
 * guesses, and every young-generation collection then copies them (a 2–8 ms pause per query hit).
 */
export function trialKey(text: string): string {
  return keyCache.get(text) ?? skeleton(stemDanish(text));
}

/** The matching form of a deaccented word before stemming (for typos and compounds). */
export const surfaceKey = (word: string): string => skeleton(word);

/** All words of a text, stop words flagged rather than dropped (compound joins need them). */
export function readWords(text: string): Word[] {
  return splitWords(text).map((parts) => {
    const surface = parts.join('');
    return {
      surface,
      hyphenParts: parts.length > 1 ? parts : [],
      stop: parts.length === 1 && isStopWord(surface),
    };
  });
}

/** Words that can carry meaning on their own: no stop words, no stray single letters. */
export const isContentWord = (surface: string): boolean => surface.length > 1 || /\d/.test(surface);
