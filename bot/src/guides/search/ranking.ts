import type { PostingIndex } from './posting-index';
import type { Alternative, Concept } from './query-plan';
import { idfOf, type TermStats } from './term-stats';
import { isNamed, isProminent, saturationOf } from './term-weight';

/**
 * Extra credit for matching where a guide states its topic (title, keywords, short answer): in a
 * caller's sentence, three incidental words deep in one guide's steps should not outrank the one
 * word that another guide is about.
 */
const topicBonus = 1;
/**
 * Candidates come from the postings of the selective terms; a term found in more guides than
 * this ("kommunen", "borgeren") is only looked up in those candidates, which keeps a search on
 * thousands of guides from walking postings that barely tell guides apart.
 */
const selectiveLimit = (guides: number) => Math.max(256, Math.ceil(0.05 * guides));

/** How well one guide matches each concept: 0 (not at all) to 1 (exactly as typed). */
export interface ConceptMatch {
  quality: number[];
  /** Like quality, counting only matches in the title, keywords, id or short answer. */
  prominent: number[];
  /** Whether the guide is named by the concept: found, and one of its terms in the title, keywords or id. */
  named: boolean[];
}

/**
 * BM25F ranking over the FlexSearch postings, term at a time: per concept the best of its
 * alternatives (weight × mean idf·saturation of its terms, plus the topic bonus), summed over
 * concepts. Scratch arrays are reused between searches; searches are synchronous.
 */
export class Ranker {
  private readonly total: Float64Array;
  private readonly conceptBest: Float64Array;
  private readonly altSum: Float64Array;
  private readonly seen: Uint8Array;

  constructor(
    private readonly stats: TermStats,
    private readonly postings: PostingIndex,
  ) {
    const n = stats.guideCount;
    this.total = new Float64Array(n);
    this.conceptBest = new Float64Array(n);
    this.altSum = new Float64Array(n);
    this.seen = new Uint8Array(n);
  }

  /** The `limit` best accepted guides, best first, ties by doc number; with their scores. */
  rank(
    concepts: readonly Concept[],
    accept: (doc: number) => boolean,
    limit: number,
  ): { doc: number; raw: number }[] {
    const postings = this.postingsFor(concepts, accept);
    const touched: number[] = [];
    for (const concept of concepts) {
      const conceptDocs: number[] = [];
      const cap = idfCap(concept, this.stats);
      for (const alternative of concept.alternatives) {
        const lists = alternative.terms.map((t) => postings.get(t)!);
        this.scoreAlternative(alternative, cap, lists, conceptDocs);
      }
      for (const doc of conceptDocs) {
        if (this.seen[doc] === 0) {
          this.seen[doc] = 1;
          touched.push(doc);
        }
        this.total[doc]! += concept.weight * this.conceptBest[doc]!;
        this.conceptBest[doc] = 0;
      }
    }
    const ranked = bestOf(touched, this.total, limit).map((doc) => ({ doc, raw: this.total[doc]! }));
    for (const doc of touched) {
      this.total[doc] = 0;
      this.seen[doc] = 0;
    }
    return ranked;
  }

  /** Per concept, how well one guide matches it (for the confidence of the best hit). */
  judge(concepts: readonly Concept[], doc: number): ConceptMatch {
    const weights = this.stats.termWeights[doc]!;
    const quality: number[] = [];
    const prominent: number[] = [];
    const named: boolean[] = [];
    for (const concept of concepts) {
      const cap = idfCap(concept, this.stats);
      let q = 0;
      let p = 0;
      let n = false;
      for (const { terms, weight } of concept.alternatives) {
        let present = 0;
        let onTopic = 0;
        let all = 0;
        for (const term of terms) {
          const idf = Math.min(idfOf(this.stats, term), cap);
          const w = weights.get(term);
          all += idf;
          if (w === undefined) continue;
          present += idf;
          if (isProminent(w)) onTopic += idf;
          if (isNamed(w)) n = true;
        }
        // Half of a two-word phrase or compound is weak evidence that the guide is about the whole.
        const share = (part: number) => (all === 0 ? 0 : weight * (part / all) ** terms.length);
        const found = share(present);
        q = Math.max(q, found);
        // Once the whole is there, the share said where the guide says what it is about counts as
        // it is: "affaldsbeholderombytning" is on topic in the guide titled "Ny affaldsbeholder".
        p = Math.max(p, Math.min(found, all === 0 ? 0 : (weight * onTopic) / all));
      }
      quality.push(q);
      prominent.push(p);
      named.push(n && q > 0);
    }
    return { quality, prominent, named };
  }

  /** Postings with weights for every term of the plan (see `selectiveLimit`). */
  private postingsFor(
    concepts: readonly Concept[],
    accept: (doc: number) => boolean,
  ): Map<string, TermPostings> {
    const terms = [...new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)))];
    const limit = selectiveLimit(this.stats.guideCount);
    const df = (t: string) => this.stats.docFrequency.get(t) ?? 0;
    const selective = terms.filter((t) => df(t) <= limit);
    const scanAll = selective.length === 0;
    const found = new Map<string, TermPostings>();
    const candidates = new Set<number>();
    const weights = this.stats.termWeights;
    for (const term of scanAll ? terms : selective) {
      const list: TermPostings = { term, docs: [], weights: [] };
      for (const doc of df(term) > 0 ? this.postings.docsWith(term) : []) {
        const w = weights[doc]!.get(term);
        if (w === undefined || !accept(doc)) continue;
        list.docs.push(doc);
        list.weights.push(w);
        candidates.add(doc);
      }
      found.set(term, list);
    }
    for (const term of terms) {
      if (found.has(term)) continue;
      const list: TermPostings = { term, docs: [], weights: [] };
      for (const doc of candidates) {
        const w = weights[doc]!.get(term);
        if (w === undefined) continue;
        list.docs.push(doc);
        list.weights.push(w);
      }
      found.set(term, list);
    }
    return found;
  }

  private scoreAlternative(
    { weight, terms }: Alternative,
    cap: number,
    postings: TermPostings[],
    conceptDocs: number[],
  ): void {
    const altDocs: number[] = [];
    for (const { term, docs, weights } of postings) {
      const idf = Math.min(idfOf(this.stats, term), cap);
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        const w = weights[i]!;
        if (this.altSum[doc] === 0) altDocs.push(doc);
        this.altSum[doc]! += idf * (saturationOf(w) + (isProminent(w) ? topicBonus : 0));
      }
    }
    for (const doc of altDocs) {
      const score = (weight * this.altSum[doc]!) / terms.length;
      this.altSum[doc] = 0;
      if (this.conceptBest[doc] === 0) conceptDocs.push(doc);
      if (score > this.conceptBest[doc]!) this.conceptBest[doc] = score;
    }
  }
}

/** The k docs with the highest score (ties: lower doc first), best first, without sorting them all. */
function bestOf(docs: readonly number[], score: Float64Array, k: number): number[] {
  const before = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  if (docs.length <= 4 * k) return [...docs].sort((a, b) => (before(a, b) ? -1 : 1)).slice(0, k);
  // Min-heap of the best k seen so far; its root is the weakest of them.
  const heap: number[] = [];
  const sift = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[m]!, heap[l]!)) m = l;
      if (r < heap.length && before(heap[m]!, heap[r]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const doc of docs) {
    if (heap.length < k) {
      heap.push(doc);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!before(heap[parent]!, heap[i]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (before(doc, heap[0]!)) {
      heap[0] = doc;
      sift(0);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : 1));
}

interface TermPostings {
  term: string;
  docs: number[];
  weights: number[];
}

/**
 * The most a concept can be worth: what the user typed, when the guides know it. A prefix or
 * synonym of a common word must not outscore the word itself just because it is rarer.
 */
function idfCap(concept: Concept, stats: TermStats): number {
  const first = concept.alternatives[0];
  if (!first || first.kind !== 'exact') return Infinity;
  if (first.terms.some((t) => !stats.idf.has(t))) return Infinity;
  return Math.max(...first.terms.map((t) => idfOf(stats, t)));
}
