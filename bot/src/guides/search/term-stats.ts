import { isShortAnswer } from '../markdown-sections';
import type { SearchableEntry } from './searchable-entry';
import { isContentWord, readWords, surfaceKey, termKey, type Word } from './analyzer';
import { Decompounder } from './decompound';
import { termWeight, type TermPlace } from './term-weight';
import { isStopWord } from './stop-words';
import type { SynonymTable } from './synonyms';
import { Vocabulary } from './vocabulary';

/**
 * Field weights and length normalization (BM25F). Title and keywords are what the owning center
 * chose to describe the guide, so a word there says more than the same word deep in the steps.
 */
const fields = [
  { name: 'title', weight: 3.0, b: 0.4, place: 'named' },
  { name: 'keywords', weight: 2.5, b: 0.3, place: 'named' },
  { name: 'id', weight: 1.5, b: 0.3, place: 'named' },
  { name: 'lead', weight: 1.5, b: 0.6, place: 'prominent' },
  { name: 'body', weight: 1.0, b: 0.75, place: 'body' },
] as const satisfies readonly { name: string; weight: number; b: number; place: TermPlace }[];

/** Parts found by decompounding count less than the word itself; hyphen parts are words. */
const partWeight = 0.5;

export interface TermStats {
  /** Per guide: index term → its weight in the guide (see term-weight.ts). */
  termWeights: Map<string, number>[];
  /** Index term → number of guides containing it. */
  docFrequency: Map<string, number>;
  /** Index term → inverse document frequency; terms in no guide are absent (see `idfOf`). */
  idf: Map<string, number>;
  guideCount: number;
  vocabulary: Vocabulary;
  decompounder: Decompounder;
  /** The index terms of any text, as a guide's own words give them (for a guide's sections). */
  termsOfText: (text: string) => Set<string>;
}

export function buildTermStats(guides: readonly SearchableEntry[], synonyms: SynonymTable): TermStats {
  const boilerplate = commonHeadings(guides);
  const words = guides.map((g) => fieldTexts(g, boilerplate).map(readWords));
  const vocabulary = new Vocabulary();
  for (const guideFields of words) {
    for (const fieldWords of guideFields) for (const w of fieldWords) addWord(vocabulary, w, 1);
  }
  // Lexicon words are known (for joins, typos, compound parts) but occur in no guide.
  const lexiconPhrases = [
    ...synonyms.groups.flat(),
    ...(synonyms.meanings ?? []).flatMap((m) => [...m.said, ...m.means]),
  ];
  for (const phrase of lexiconPhrases) for (const w of readWords(phrase)) addWord(vocabulary, w, 0);
  vocabulary.freeze();
  const decompounder = new Decompounder(vocabulary);

  const termsOf = wordTerms(decompounder);
  const counts = words.map((guideFields) => guideFields.map((fieldWords) => countTerms(fieldWords, termsOf)));
  const avgLength = fields.map((_, f) => Math.max(1, average(counts.map((c) => c[f]!.length))));
  const docFrequency = new Map<string, number>();
  const termWeights = counts.map((perField) => {
    // BM25F: field-weighted, length-normalized frequencies summed first, saturated once.
    const tf = new Map<string, number>();
    const place = new Map<string, TermPlace>();
    perField.forEach(({ terms, length }, f) => {
      const { weight, b } = fields[f]!;
      const norm = 1 - b + (b * length) / avgLength[f]!;
      for (const [term, count] of terms) {
        tf.set(term, (tf.get(term) ?? 0) + (weight * count) / norm);
        place.set(term, higher(place.get(term) ?? 'body', fields[f]!.place));
      }
    });
    const weights = new Map<string, number>();
    for (const [term, value] of tf) {
      weights.set(term, termWeight(value, place.get(term) ?? 'body'));
      docFrequency.set(term, (docFrequency.get(term) ?? 0) + 1);
    }
    return weights;
  });
  const n = guides.length;
  const idf = new Map([...docFrequency].map(([term, df]) => [term, idfFor(n, df)]));
  const termsOfText = (text: string) => new Set(countTerms(readWords(text), termsOf).terms.keys());
  return { termWeights, docFrequency, idf, guideCount: n, vocabulary, decompounder, termsOfText };
}

const placeRank: Record<TermPlace, number> = { body: 0, prominent: 1, named: 2 };
const higher = (a: TermPlace, b: TermPlace) => (placeRank[b] > placeRank[a] ? b : a);

/** Probabilistic idf, never negative: a word in every guide is worth almost nothing, not less. */
const idfFor = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

export function idfOf(stats: TermStats, term: string): number {
  return stats.idf.get(term) ?? idfFor(stats.guideCount, 0);
}

function addWord(vocabulary: Vocabulary, word: Word, count: number): void {
  if (word.stop) return;
  vocabulary.add(word.surface, count);
  for (const part of word.hyphenParts)
    if (isContentWord(part) && !isStopWord(part)) vocabulary.add(part, count);
}

/**
 * Headings most guides share ("Sådan hjælper du borgeren") are template, not content: indexed, they
 * would make "hjælpe" look like part of every guide's topic.
 */
function commonHeadings(guides: readonly SearchableEntry[]): Set<string> {
  const count = new Map<string, number>();
  for (const g of guides) {
    for (const h of new Set(g.sections.map((s) => headingKey(s.heading))))
      count.set(h, (count.get(h) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => guides.length >= 4 && n > guides.length / 2).map(([h]) => h));
}

const headingKey = (heading: string) => heading.toLocaleLowerCase('da').trim();

function fieldTexts(guide: SearchableEntry, boilerplate: Set<string>): string[] {
  const rest = guide.sections.filter((s) => !isShortAnswer(s));
  const heading = (h: string) => (boilerplate.has(headingKey(h)) ? '' : h);
  const body =
    guide.sections.length > 0 ? rest.map((s) => `${heading(s.heading)}\n${s.text}`).join('\n') : guide.body;
  return [guide.title, guide.keywords.join(' ; '), guide.id.replace(/-/g, ' '), guide.shortAnswer, body];
}

/**
 * The index terms one word contributes, with their weights: its own term, its hyphen parts and its
 * compound parts. Worked out once per distinct word, as a corpus repeats its words a lot.
 */
function wordTerms(decompounder: Decompounder): (word: Word) => [string, number][] {
  const cache = new Map<string, [string, number][]>();
  return (word) => {
    const id = word.hyphenParts.length > 0 ? word.hyphenParts.join('-') : word.surface;
    let terms = cache.get(id);
    if (terms) return terms;
    const key = termKey(word.surface);
    const hyphenParts = new Set<string>();
    for (const part of word.hyphenParts) {
      if (isContentWord(part) && !isStopWord(part)) hyphenParts.add(termKey(part));
    }
    hyphenParts.delete(key);
    const parts = new Set<string>();
    collectParts(surfaceKey(word.surface), decompounder, parts);
    terms = [[key, 1], ...[...hyphenParts].map((t): [string, number] => [t, 1])];
    for (const part of parts) if (part !== key && !hyphenParts.has(part)) terms.push([part, partWeight]);
    cache.set(id, terms);
    return terms;
  };
}

function countTerms(
  words: readonly Word[],
  termsOf: (word: Word) => [string, number][],
): { terms: Map<string, number>; length: number } {
  const terms = new Map<string, number>();
  let length = 0;
  for (const word of words) {
    if (word.stop || !isContentWord(word.surface)) continue;
    length++;
    for (const [term, n] of termsOf(word)) terms.set(term, (terms.get(term) ?? 0) + n);
  }
  return { terms, length };
}

/** All parts at every level: "storskraldsrum" → storskrald, rum, stor, skrald. */
function collectParts(skel: string, decompounder: Decompounder, into: Set<string>): void {
  const parts = decompounder.split(skel);
  if (!parts) return;
  for (const part of parts) {
    if (into.has(part)) continue;
    into.add(part);
    collectParts(part, decompounder, into);
  }
}

function average(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
