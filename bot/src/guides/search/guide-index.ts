import type { Guide } from '../guide';
import { isShortAnswer, type Section } from '../markdown-sections';
import { readWords } from './analyzer';
import { confidenceOf, evidence, type Evidence } from './confidence';
import { PostingIndex } from './posting-index';
import { phraseTerms, planQuery, type Concept, type PlanContext } from './query-plan';
import { Ranker } from './ranking';
import { SynonymMatcher } from './synonym-matcher';
import type { SynonymTable } from './synonyms';
import { chooseAnswer, secondChance } from './second-chance';
import { matchingSection, type SectionTerms } from './section-match';
import { buildTermStats, type TermStats } from './term-stats';
import type { SearchableEntry } from './searchable-entry';
import { warmUpQueries } from './warm-up';

export interface SearchHit<E extends SearchableEntry = Guide> {
  /** The guide (or, in a catalog with referrals, the referral) found. */
  guide: E;
  /** In (0, 1]: the best hit's confidence, the others relative to it. */
  score: number;
  /**
   * This guide's own confidence as the answer, judged as if it were the only candidate (see
   * confidence.ts): 0 when the abstention rule would not give it on its own (see shown.ts).
   */
  confidence: number;
}

interface SearchOptions {
  /** Only guides owned by this center (code, e.g. CSO). */
  center?: string;
  /** At most this many hits (default 10). */
  limit?: number;
}

export interface GuideIndex<E extends SearchableEntry = Guide> {
  search(query: string, options?: SearchOptions): SearchHit<E>[];
  /** The query as the index understood it, for diagnostics and the knowledge-gap report. */
  explain(query: string): Concept[];
  /**
   * The best few candidates before the abstention rule, with the evidence it would judge each by:
   * for tuning that rule on labelled queries (bench/search-gate.ts), never for an answer.
   */
  candidates(query: string): { guide: E; raw: number; evidence: Evidence }[];
  /** The section of `guide` the query points to (not its short answer), or null: see section-match.ts. */
  matchingSection(query: string, guide: Guide): Section | null;
}

/** Enough runs that V8 optimizes the hot functions during the build rather than mid-call. */
const warmUpRounds = 4;

/** A term in at most this many guides tells them apart (see query-plan.ts). */
const distinctiveLimit = (guides: number) => Math.max(2, Math.ceil(0.03 * guides));

/** Hits far below the best are noise to an agent mid-call; they are left out. */
const minRelativeScore = 0.15;

export function buildGuideIndex<E extends SearchableEntry = Guide>(
  guides: readonly E[],
  synonyms: SynonymTable,
): GuideIndex<E> {
  // Sorted by id, so that equal scores fall back to id order.
  const sorted = [...guides].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const stats: TermStats = buildTermStats(sorted, synonyms);
  const postings = new PostingIndex();
  stats.termWeights.forEach((weights, doc) => postings.add(doc, weights.keys()));
  const ranker = new Ranker(stats, postings);
  const synonymMatcher = new SynonymMatcher(synonyms, (phrase) => phraseTerms(phrase, stats.vocabulary));
  const ctx: PlanContext = {
    vocabulary: stats.vocabulary,
    decompounder: stats.decompounder,
    synonyms: synonymMatcher,
    isDistinctive: (term) => (stats.docFrequency.get(term) ?? 0) <= distinctiveLimit(sorted.length),
    reaches: (term) => stats.vocabulary.frequency(term) > 0 || synonymMatcher.triggers(term),
  };
  /** What the abstention rule judges one guide by (confidence.ts). */
  const evidenceOf = (concepts: Concept[], typedWords: number, doc: number) =>
    evidence(concepts, ranker.judge(concepts, doc), stats, typedWords);
  const centerOf = sorted.map((g) => (g.center === null ? null : centerKey(g.center)));

  const sectionTerms = new WeakMap<Guide, { sections: Section[]; terms: SectionTerms[] }>();
  const sectionsOf = (guide: Guide) => {
    let found = sectionTerms.get(guide);
    if (!found) {
      const sections = guide.sections.filter((s) => !isShortAnswer(s) && s.text.trim() !== '');
      found = {
        sections,
        terms: sections.map((s) => ({
          terms: stats.termsOfText(`${s.heading}\n${s.text}`),
          heading: stats.termsOfText(s.heading),
        })),
      };
      sectionTerms.set(guide, found);
    }
    return found;
  };

  const index: GuideIndex<E> = {
    explain: (query) => planQuery(query, ctx),
    candidates(query) {
      const concepts = planQuery(query, ctx);
      if (concepts.length === 0) return [];
      const typedWords = typedWordsOf(query);
      return ranker
        .rank(concepts, () => true, secondChance.depth)
        .map((r) => ({
          guide: sorted[r.doc]!,
          raw: r.raw,
          evidence: evidenceOf(concepts, typedWords, r.doc),
        }));
    },
    matchingSection(query, guide) {
      const { sections, terms } = sectionsOf(guide);
      const i = matchingSection(planQuery(query, ctx), terms);
      return i === null ? null : sections[i]!;
    },
    search(query, options = {}) {
      const limit = Math.max(0, Math.floor(options.limit ?? 10));
      const concepts = planQuery(query, ctx);
      if (concepts.length === 0 || limit === 0) return [];
      const center = options.center === undefined ? null : centerKey(options.center);
      const accept = (doc: number) => center === null || centerOf[doc] === center;
      const candidates = ranker.rank(concepts, accept, Math.max(limit, secondChance.depth));
      const typedWords = typedWordsOf(query);
      const confidenceOfDoc = (doc: number) => confidenceOf(evidenceOf(concepts, typedWords, doc));
      const answer = chooseAnswer(candidates, confidenceOfDoc);
      if (!answer) return [];
      const { confidence } = answer;
      const ranked = answer.ranked.slice(0, limit);
      const best = ranked[0]!;
      // A guide passed over by the second chance scores no more than the answer.
      const relative = (raw: number) => Math.min(1, raw / best.raw);
      return ranked
        .filter((r) => r.raw >= minRelativeScore * best.raw)
        .map((r) =>
          hitOf(sorted[r.doc]!, round(confidence * relative(r.raw)), () =>
            r === best ? confidence : confidenceOfDoc(r.doc),
          ),
        );
    },
  };
  // The first agent after a start or reload should not wait for the JIT (see warm-up.ts).
  const warmUp = warmUpQueries(sorted, synonyms);
  for (let round = 0; round < warmUpRounds; round++) for (const query of warmUp) index.search(query);
  return index;
}

/**
 * A hit whose own confidence is judged when first asked for: judging every hit doubled the cost
 * of a search, and only the few a card might show are ever asked (see shown.ts).
 */
function hitOf<E extends SearchableEntry>(guide: E, score: number, judge: () => number): SearchHit<E> {
  let confidence: number | undefined;
  return {
    guide,
    score,
    get confidence() {
      return (confidence ??= judge());
    },
  };
}

// Numbers (a phone, a date split at its dots) do not make a query a caller's sentence.
const typedWordsOf = (query: string) => readWords(query).filter((w) => !/^\d+$/.test(w.surface)).length;
const centerKey = (code: string) => code.normalize('NFC').toLocaleUpperCase('da').trim();
const round = (n: number) => Math.max(0.0001, Math.round(n * 10000) / 10000);
