import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { KnowledgeEntry } from '../referral';
import type { GuideIndex } from '../search/guide-index';
import { maxShown, shownHits } from '../search/shown';
import { splitAnswer } from '../search/split-answer';

export interface SearchLineOptions {
  center: string | undefined;
  /** Only what the bot's results card shows (`--shown`), else every hit up to 10. */
  shown: boolean;
}

/**
 * The contract of `kb search`: one JSON line per query, best hit first, at most 10 hits; with
 * `--shown`, exactly the guides the bot's card would show, in the same shape. Referrals rank
 * with the guides but are printed apart (`referrals`, only when the folder has any), so `hits`
 * stays guides only and abstention stays measurable.
 */
export function searchLine(
  index: GuideIndex<KnowledgeEntry>,
  query: string,
  { center, shown }: SearchLineOptions,
): string {
  const found = index.search(query, { center, limit: shown ? maxShown : 10 });
  const { guides, referrals } = splitAnswer(shown ? shownHits(found) : found);
  const line = (h: { guide: { id: string }; score: number }) => ({ id: h.guide.id, score: h.score });
  return JSON.stringify({
    q: query,
    hits: guides.map(line),
    ...(referrals.length > 0 ? { referrals: referrals.map(line) } : {}),
  });
}

/** Answers each line of `input` as it arrives, so that a caller can stream queries. */
export async function searchStream(
  index: GuideIndex<KnowledgeEntry>,
  input: Readable,
  output: Writable,
  options: SearchLineOptions,
): Promise<number> {
  let count = 0;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    output.write(searchLine(index, line.replace(/\r$/, ''), options) + '\n');
    count++;
  }
  return count;
}
