import type { SearchableEntry } from './searchable-entry';
import type { SynonymTable } from './synonyms';

/** Enough to reach every branch of the query planner and ranker, few enough to cost ~20–60 ms. */
const sampledGuides = 24;

/**
 * Queries shaped like agents' searches, made from the guides themselves: a few title words, a
 * whole sentence of the short answer (stop words, punctuation), a misspelt word, two words run
 * together, the same without æøå, colloquial words from the lexicon and paragraphs of laws.
 *
 * Why: V8 compiles a function on its first call and optimizes it after many. Without this the
 * first searches after a start or a reload took 3–6 ms instead of 0.3 ms (each new branch of
 * the planner compiled while an agent waited; `npm run bench -- --only search`, "first time").
 */
export function warmUpQueries(guides: readonly SearchableEntry[], synonyms: SynonymTable): string[] {
  const step = Math.max(1, Math.floor(guides.length / sampledGuides));
  const sample = guides.filter((_, i) => i % step === 0).slice(0, sampledGuides);
  const fromGuides = sample.flatMap((g) => {
    const words = g.title
      .toLocaleLowerCase('da-DK')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3);
    const longest = [...words].sort((a, b) => b.length - a.length)[0] ?? '';
    const sentence = g.shortAnswer.split(/(?<=[.!?])\s/)[0] ?? '';
    return [
      words.slice(-3).join(' '),
      longest.slice(0, 2) + longest.slice(3),
      words.slice(0, 2).join(''),
      sentence.slice(0, 120),
      asAscii(words.join(' ')),
      `${g.keywords[0] ?? ''} 2800 kongens lyngby?`,
    ];
  });
  const colloquial = synonyms.groups.slice(0, sampledGuides).map((group) => group.at(-1) ?? '');
  // The municipal vocabulary: everyday words, and paragraphs quoted the way agents do.
  const meanings = synonyms.meanings ?? [];
  const every = Math.max(1, Math.floor(meanings.length / sampledGuides));
  const said = meanings.filter((_, i) => i % every === 0).map((m) => `${m.said.at(-1) ?? ''} virker ikke`);
  const quoted = meanings.filter((m) => m.said[0]?.startsWith('§'));
  const paragraphs = quoted
    .filter((_, i) => i % Math.max(1, Math.floor(quoted.length / sampledGuides)) === 0)
    .map((m) => `${m.said[1] ?? m.said[0]}, stk. 2 min mors 87`);
  return [...fromGuides, ...colloquial, ...said, ...paragraphs, 'xyzzy qwerty'].filter(
    (q) => q.trim() !== '',
  );
}

const asAscii = (text: string) => text.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
