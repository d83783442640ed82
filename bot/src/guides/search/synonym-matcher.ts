import type { SynonymTable } from './synonyms';

export interface SynonymMatch {
  /** Number of query units the phrase covers. */
  length: number;
  keys: string[];
  /** What else to search for: the other members of its group(s) and what it means, as index terms. */
  others: string[][];
  /** A law's name on its own: context for the rest of the query, not a topic. */
  context: boolean;
}

interface Trigger {
  keys: string[];
  others: string[][];
  context: boolean;
}

/**
 * Finds lexicon phrases in a query, compared as index terms (so inflection and æøå don't matter).
 * A synonym group's members lead to each other; a one-way meaning's `said` phrases lead to what
 * they mean and that term's synonyms. Expansions are worked out once, when the index is built.
 */
export class SynonymMatcher {
  private readonly byFirstKey = new Map<string, Trigger[]>();

  /** `toKeys` must turn a phrase into terms exactly as queries are turned (see query-plan.ts). */
  constructor(table: SynonymTable, toKeys: (phrase: string) => string[]) {
    const triggers = new Map<string, Trigger & { targets: Map<string, string[]> }>();
    const add = (keys: string[], targets: string[][], context = false) => {
      const id = keys.join(' ');
      const entry = triggers.get(id) ?? { keys, others: [], context, targets: new Map<string, string[]>() };
      entry.context &&= context;
      for (const t of targets) if (t.join(' ') !== id) entry.targets.set(t.join(' '), t);
      triggers.set(id, entry);
    };
    const asKeys = (phrases: readonly string[]) => phrases.map(toKeys).filter((k) => k.length > 0);
    const groupOf = new Map<string, string[][]>();
    for (const group of table.groups) {
      const members = asKeys(group);
      for (const keys of members) {
        // Keywords come in any order: "sygesikringskort blåt" is "blåt sygesikringskort".
        add(keys, members);
        if (keys.length === 2 && keys[0] !== keys[1]) add([keys[1]!, keys[0]!], members);
        groupOf.set(keys.join(' '), [...(groupOf.get(keys.join(' ')) ?? []), ...members]);
      }
    }
    for (const meaning of table.meanings ?? []) {
      // What a word means brings that term's own synonyms along ("sofa" → storskrald → storskrald's).
      const means = asKeys(meaning.means).flatMap((keys) => [keys, ...(groupOf.get(keys.join(' ')) ?? [])]);
      for (const keys of asKeys(meaning.said)) add(keys, means, meaning.context === true);
    }
    for (const entry of triggers.values()) {
      const trigger = { keys: entry.keys, others: [...entry.targets.values()], context: entry.context };
      const list = this.byFirstKey.get(entry.keys[0]!) ?? [];
      list.push(trigger);
      this.byFirstKey.set(entry.keys[0]!, list);
    }
    for (const list of this.byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** Whether the one term `key` is a lexicon phrase of its own. */
  triggers(key: string): boolean {
    return this.byFirstKey.get(key)?.some((c) => c.keys.length === 1) ?? false;
  }

  /** The longest phrase starting at `start` in a sequence of query terms, if any. */
  longestMatch(terms: readonly string[], start: number): SynonymMatch | null {
    const candidates = this.byFirstKey.get(terms[start] ?? '') ?? [];
    const hit = candidates.find((c) => c.keys.every((k, i) => terms[start + i] === k));
    return hit ? { length: hit.keys.length, keys: hit.keys, others: hit.others, context: hit.context } : null;
  }

  /**
   * A phrase of two or more words starting at `start` with one other word inside it, as a caller
   * says it: "kan ikke betale hele regningen på én gang" holds "betale hele ... gang". Returns the
   * phrase and the position of the word it skips.
   */
  gappedMatch(terms: readonly string[], start: number): { match: SynonymMatch; skipped: number } | null {
    const candidates = this.byFirstKey.get(terms[start] ?? '') ?? [];
    for (const c of candidates) {
      if (c.keys.length < 2) continue;
      for (let gap = 1; gap < c.keys.length; gap++) {
        const at = (i: number) => start + i + (i >= gap ? 1 : 0);
        if (c.keys.every((k, i) => terms[at(i)] === k)) {
          const match = { length: c.keys.length + 1, keys: c.keys, others: c.others, context: c.context };
          return { match, skipped: start + gap };
        }
      }
    }
    return null;
  }
}
