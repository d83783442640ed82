import type { SynonymTable } from './synonyms';

export interface SynonymMatch {
  /** Number of query units the phrase covers. */
  length: number;
  keys: string[];
  /** The other members of its group(s), as index terms. */
  others: string[][];
}

/** Finds lexicon phrases in a query, compared as index terms (so inflection and æøå don't matter). */
export class SynonymMatcher {
  private readonly byFirstKey = new Map<string, { keys: string[]; group: number }[]>();
  private readonly groups: string[][][];

  /** `toKeys` must turn a phrase into terms exactly as queries are turned (see query-plan.ts). */
  constructor(table: SynonymTable, toKeys: (phrase: string) => string[]) {
    this.groups = table.groups.map((group) => uniqueSequences(group.map(toKeys).filter((k) => k.length > 0)));
    this.groups.forEach((members, group) => {
      for (const keys of members) {
        const list = this.byFirstKey.get(keys[0]!) ?? [];
        list.push({ keys, group });
        this.byFirstKey.set(keys[0]!, list);
      }
    });
    for (const list of this.byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** The longest phrase starting at `start` in a sequence of query terms, if any. */
  longestMatch(terms: readonly string[], start: number): SynonymMatch | null {
    const candidates = this.byFirstKey.get(terms[start] ?? '') ?? [];
    const hit = candidates.find((c) => c.keys.every((k, i) => terms[start + i] === k));
    if (!hit) return null;
    const same = (keys: string[]) =>
      keys.length === hit.keys.length && keys.every((k, i) => k === hit.keys[i]);
    const groups = new Set(candidates.filter((c) => same(c.keys)).map((c) => c.group));
    const others = uniqueSequences([...groups].flatMap((g) => this.groups[g]!.filter((m) => !same(m))));
    return { length: hit.keys.length, keys: hit.keys, others };
  }
}

function uniqueSequences(sequences: string[][]): string[][] {
  const seen = new Set<string>();
  return sequences.filter((s) => {
    const id = s.join(' ');
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
