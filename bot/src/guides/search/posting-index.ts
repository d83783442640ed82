import { Index } from 'flexsearch';

/**
 * Candidate lookup: which guides contain an index term. FlexSearch holds the postings; the terms
 * are already normalized, stemmed and decompounded by our analyzer, so FlexSearch gets them as
 * they are (strict tokens, no encoder of its own). Ranking happens elsewhere (ranking.ts).
 */
export class PostingIndex {
  private readonly index = new Index({
    tokenize: 'strict',
    encode: (text: string) => text.split(' '),
    resolution: 1,
    cache: false,
  });
  private size = 0;

  add(docId: number, terms: Iterable<string>): void {
    this.index.add(docId, [...terms].join(' '));
    this.size = Math.max(this.size, docId + 1);
  }

  /** Ids of the guides that contain `term`, in no particular order. */
  docsWith(term: string): number[] {
    if (term.length === 0 || term.includes(' ')) return [];
    return this.index.search(term, { limit: Math.max(1, this.size) }) as number[];
  }
}
